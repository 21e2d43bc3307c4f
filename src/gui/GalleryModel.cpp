#include "GalleryModel.h"

#include "PictureLoader.h"

#include <QDateTime>
#include <QFontMetrics>
#include <QGuiApplication>
#include <QImage>
#include <QLocale>
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
    case Qt::DecorationRole: {
        if (isMonth)
            return {};
        const qint64 id = row.picture.picture.attachmentId;
        QImage thumbnail = m_loader.hasFailed(id) ? QImage() : m_loader.picture(id, m_bound);
        if (thumbnail.isNull()) {
            // Its place, blank, until the loader has it.
            QPixmap blank(m_bound);
            blank.fill(QGuiApplication::palette().color(QPalette::Midlight));
            blank.setDevicePixelRatio(m_ratio);
            return blank;
        }
        thumbnail.setDevicePixelRatio(m_ratio);
        return QPixmap::fromImage(thumbnail);
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

void GalleryModel::thumbnailLoaded(qint64 attachmentId, const QSize& bound)
{
    if (bound != m_bound)
        return; // the chat's size of it
    for (const int row : m_rowsOfPicture.value(attachmentId))
        Q_EMIT dataChanged(index(row), index(row), {Qt::DecorationRole});
}
