#pragma once

#include <QFrame>

#include <memory>

struct Profile;

namespace Ui {
class ProfileCard;
}

// The card that opens on the author's avatar or name: who they are, since
// when, how much they wrote and when last, and a way to edit the profile.
class ProfileCard : public QFrame
{
    Q_OBJECT

public:
    explicit ProfileCard(QWidget* parent = nullptr);
    ~ProfileCard() override;

    // `lastPostTime` is the last post's time as the chat shows it beside the post.
    void setProfile(const Profile& profile, const QPixmap& avatar, qint64 postCount, qint64 lastPostAt,
                    const QString& lastPostTime);
    // Opens as a popup next to `globalPosition`, kept on the screen.
    void popUp(const QPoint& globalPosition);

Q_SIGNALS:
    void editProfileRequested();

private:
    std::unique_ptr<Ui::ProfileCard> m_ui;
};
