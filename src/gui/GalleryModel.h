#pragma once

#include "core/Journal.h"

#include <QAbstractListModel>
#include <QHash>
#include <QList>
#include <QPixmap>
#include <QSize>

class PictureLoader;

// The gallery's items: every picture of the journal, newest first, each month led by a row
// that names it. Thumbnails come from the PictureLoader as the view asks for them (only the
// ones on screen are decoded); until then a blank of the same size keeps its place.
class GalleryModel : public QAbstractListModel
{
    Q_OBJECT

public:
    enum Role
    {
        PostIdRole = Qt::UserRole + 1,
        AttachmentIdRole,
        IsMonthRole,
    };

    // `thumbnail` is the box of a thumbnail in device-independent pixels.
    GalleryModel(PictureLoader& loader, const QSize& thumbnail, qreal devicePixelRatio,
                 QObject* parent = nullptr);

    void setPictures(const QList<Journal::GalleryEntry>& pictures);
    // The month rows are as wide as the view, so that each starts a line of its own.
    void setMonthWidth(int width);
    qsizetype pictureCount() const { return m_pictureCount; }

    int rowCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex& index) const override;

private:
    struct Row
    {
        QString month;                 // set on a month's row
        Journal::GalleryEntry picture; // set on a picture's row
    };

    QPixmap thumbnail(qint64 attachmentId) const;
    void thumbnailLoaded(qint64 attachmentId, const QSize& bound);

    PictureLoader& m_loader;
    QSize m_thumbnail;
    QSize m_bound; // the thumbnail box in device pixels: the key of the loader's cache
    qreal m_ratio;
    int m_monthWidth = 0;
    QList<Row> m_rows;
    QHash<qint64, QList<int>> m_rowsOfPicture; // a picture shared by posts has several rows
    QSet<qint64> m_failed;                     // damaged or missing: not asked for again
    qsizetype m_pictureCount = 0;
};
