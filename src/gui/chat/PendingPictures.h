#pragma once

#include "pictures/PictureFile.h"

#include <QFrame>
#include <QList>

class QHBoxLayout;

// The pictures about to go with the next post, in a strip above the composer: a small
// thumbnail of each with a button that takes it out again. They are kept in memory only
// (never with the draft on disk). Hidden while empty.
class PendingPictures : public QFrame
{
    Q_OBJECT

public:
    // The thumbnails' box, in device-independent pixels.
    static constexpr int ThumbnailSize = 64;

    explicit PendingPictures(QWidget* parent = nullptr);

    // Adds a checked picture at the end.
    void add(const PictureFile& picture);
    void clear();
    qsizetype count() const { return m_pictures.size(); }
    bool isEmpty() const { return m_pictures.isEmpty(); }
    const QList<PictureFile>& pictures() const { return m_pictures; }
    // Where the keyboard goes when the last picture is taken out with it.
    void setFocusWhenEmpty(QWidget* widget) { m_focusWhenEmpty = widget; }

Q_SIGNALS:
    // A picture was added or taken out.
    void changed();

private:
    void removeAt(qsizetype index);
    QWidget* makeTile(const PictureFile& picture);

    QHBoxLayout* m_tiles;
    QList<PictureFile> m_pictures; // in the order of m_tiles' widgets
    QWidget* m_focusWhenEmpty = nullptr;
};
