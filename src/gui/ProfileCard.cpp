#include "ProfileCard.h"
#include "ui_profilecard.h"

#include "core/Profile.h"

#include <QDateTime>
#include <QLocale>
#include <QScreen>

ProfileCard::ProfileCard(QWidget* parent)
    : QFrame(parent, Qt::Popup)
    , m_ui(std::make_unique<Ui::ProfileCard>())
{
    m_ui->setupUi(this);
    QFont bigger = m_ui->usernameLabel->font();
    bigger.setPointSizeF(bigger.pointSizeF() * 1.3);
    bigger.setBold(true);
    m_ui->usernameLabel->setFont(bigger);
    connect(m_ui->editProfileButton, &QPushButton::clicked, this, [this] {
        hide();
        Q_EMIT editProfileRequested();
    });
}

ProfileCard::~ProfileCard() = default;

void ProfileCard::setProfile(const Profile& profile, const QPixmap& avatar, qint64 postCount,
                             qint64 lastPostAt, const QString& lastPostTime)
{
    const QLocale locale;
    m_ui->avatarLabel->setPixmap(avatar);
    m_ui->usernameLabel->setText(profile.username);
    m_ui->emailLabel->setText(profile.email);
    m_ui->memberSinceLabel->setText(
        tr("Member since %1")
            .arg(locale.toString(QDateTime::fromMSecsSinceEpoch(profile.createdAt).date(),
                                 QLocale::LongFormat)));
    const QString posts = tr("%n post(s)", nullptr, int(qMin<qint64>(postCount, INT_MAX)));
    m_ui->postCountLabel->setText(
        profile.pictureCount > 0
            ? tr("%1, %2", "posts, pictures")
                  .arg(posts, tr("%n picture(s)", nullptr, int(qMin<qint64>(profile.pictureCount, INT_MAX))))
            : posts);
    // The day in words and the time as beside the post: no seconds, no time zone.
    m_ui->lastPostLabel->setText(
        lastPostAt > 0 ? tr("Last post: %1, %2")
                             .arg(locale.toString(QDateTime::fromMSecsSinceEpoch(lastPostAt).date(),
                                                  QLocale::LongFormat),
                                  lastPostTime)
                       : tr("No posts yet"));
    adjustSize();
}

void ProfileCard::popUp(const QPoint& globalPosition)
{
    adjustSize();
    QPoint position = globalPosition + QPoint(8, 8);
    if (const QScreen* screen = QGuiApplication::screenAt(globalPosition)) {
        const QRect available = screen->availableGeometry();
        position.setX(qMin(position.x(), available.right() - width()));
        position.setY(qMin(position.y(), available.bottom() - height()));
    }
    move(position);
    show();
    m_ui->editProfileButton->setFocus();
}
