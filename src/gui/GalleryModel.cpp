#include "GalleryModel.h"

#include "PictureLoader.h"

#include <QDateTime>
#include <QFont>
#include <QFontMetrics>
#include <QGuiApplication>
#include <QImage>
#include <QLocale>
#include <QPainter>
#include <QPalette>
#include <QPixmap>

GalleryModel::GalleryModel(PictureLoader& loader, const QSize& thumbnail, qreal devicePixelRatio,
                           QObject* parent)
    : QAbstractListModel(parent)
    , m_loader(loader)
    , m_thumbnail(thumbnail)
    , m_bound(thumbnail * devicePixelRatio)
    , m_ratio(devicePixelRatio)
{
    connect(&m_loader, &PictureLoader::loaded, this, &GalleryModel::thumbnailLoaded);
    // A damaged picture stays blank, and says why.
    connect(&m_loader, &PictureLoader::failed, this,
            [this](qint64 attachmentId) { thumbnailLoaded(attachmentId, m_bound); });
}

void GalleryModel::setPictures(const QList<Journal::GalleryEntry>& pictures)
{
    beginResetModel();
    m_rows.clear();
    m_rowsOfPicture.clear();
    m_pictureCount = pictures.size();
    QDate month;
    for (const Journal::GalleryEntry& entry : pictures) {
        const QDate day = QDateTime::fromMSecsSinceEpoch(entry.createdAt).date();
        const QDate first(day.year(), day.month(), 1);
        if (first != month) {
            month = first;
            m_rows.append({QLocale().toString(first, QStringLiteral("MMMM yyyy")), {}});
        }
        m_rowsOfPicture[entry.picture.attachmentId].append(int(m_rows.size()));
        m_rows.append({QString(), entry});
    }
    endResetModel();
}

void GalleryModel::setMonthWidth(int width)
{
    if (width == m_monthWidth)
        return;
    m_monthWidth = width;
    if (!m_rows.isEmpty())
        Q_EMIT dataChanged(index(0), index(int(m_rows.size()) - 1), {Qt::SizeHintRole});
}

int GalleryModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

Qt::ItemFlags GalleryModel::flags(const QModelIndex& index) const
{
    if (!index.isValid() || !m_rows.at(index.row()).month.isEmpty())
        return Qt::NoItemFlags; // a month's name is no picture to choose
    return Qt::ItemIsEnabled | Qt::ItemIsSelectable;
}

QVariant GalleryModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size())
        return {};
    const Row& row = m_rows.at(index.row());
    const bool isMonth = !row.month.isEmpty();
    switch (role) {
    case Qt::DisplayRole:
        return isMonth ? QVariant(row.month) : QVariant();
    case Qt::AccessibleTextRole:
    case Qt::ToolTipRole:
        if (isMonth)
            return row.month;
        if (m_loader.hasFailed(row.picture.picture.attachmentId))
            return tr("This picture could not be opened: it is damaged or missing from the journal.");
        return tr("Picture of %1")
            .arg(QLocale().toString(QDateTime::fromMSecsSinceEpoch(row.picture.createdAt),
                                    QLocale::LongFormat));
    case Qt::DecorationRole:
        return isMonth ? QVariant() : QVariant(thumbnail(row.picture.picture.attachmentId));
    case Qt::ForegroundRole:
        // A month's row cannot be chosen, but its name is no greyed-out item.
        return isMonth ? QVariant(QGuiApplication::palette().brush(QPalette::WindowText)) : QVariant();
    case Qt::FontRole: {
        if (!isMonth)
            return {};
        QFont font = QGuiApplication::font();
        font.setBold(true);
        return font;
    }
    case Qt::SizeHintRole: {
        if (!isMonth)
            return m_thumbnail + QSize(8, 8);
        const int line = QFontMetrics(QGuiApplication::font()).height();
        return QSize(std::max(m_monthWidth, 1), line * 2);
    }
    case PostIdRole:
        return isMonth ? QVariant() : QVariant(row.picture.picture.postId);
    case AttachmentIdRole:
        return isMonth ? QVariant() : QVariant(row.picture.picture.attachmentId);
    case IsMonthRole:
        return isMonth;
    default:
        return {};
    }
}

QPixmap GalleryModel::thumbnail(qint64 attachmentId) const
{
    // Every thumbnail in the middle of a square of the same size, so that the grid lines up;
    // a blank one holds the place until the loader has it.
    QPixmap square(m_bound);
    square.fill(Qt::transparent);
    const QImage image =
        m_loader.hasFailed(attachmentId) ? QImage() : m_loader.picture(attachmentId, m_bound);
    QPainter painter(&square);
    if (image.isNull()) {
        painter.fillRect(square.rect(), QGuiApplication::palette().color(QPalette::Midlight));
    } else {
        QRect place(QPoint(), image.size());
        place.moveCenter(square.rect().center());
        painter.drawImage(place, image);
    }
    painter.end();
    square.setDevicePixelRatio(m_ratio);
    return square;
}

void GalleryModel::thumbnailLoaded(qint64 attachmentId, const QSize& bound)
{
    if (bound != m_bound)
        return; // the chat's size of it
    for (const int row : m_rowsOfPicture.value(attachmentId))
        Q_EMIT dataChanged(index(row), index(row), {Qt::DecorationRole});
}
