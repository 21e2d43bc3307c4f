#pragma once

#include "core/Journal.h"

#include <QByteArray>
#include <QDialog>
#include <QList>
#include <QPointF>

#include <memory>

namespace Ui {
class PictureViewer;
}

// A picture of the journal on its own, fitted to the window or zoomed (the wheel, + and -,
// 0 fits again), with Left and Right going through the post's pictures and on to the ones
// of the posts before and after it. "Save a copy…" (Ctrl+S) writes the picture as it was
// added, byte for byte, where the user chooses. Esc closes. It is shown beside the window,
// not over it: the chat goes on meanwhile.
class PictureViewer : public QDialog
{
    Q_OBJECT

public:
    explicit PictureViewer(const Journal& journal, QWidget* parent = nullptr);
    ~PictureViewer() override;

    // Shows one of the pictures of `postId`, with the journal's others in order around it.
    void showPicture(qint64 postId, qint64 attachmentId);
    qint64 postId() const;
    qint64 attachmentId() const;
    // The shown picture's pixels per screen pixel, and whether it follows the window's size.
    qreal zoom() const;
    bool fitsWindow() const { return m_fit; }
    // Closing it (Esc) lets go of the picture.
    void done(int result) override;

Q_SIGNALS:
    // The picture is decoded and on screen (or it could not be opened, and the viewer says so).
    void pictureShown(qint64 attachmentId);

protected:
    void resizeEvent(QResizeEvent* event) override;
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void showAt(qsizetype index);
    void step(int direction);
    void zoomBy(qreal factor, const QPointF& anchor);
    void zoomAroundCentre(qreal factor);
    void fit();
    void applyScale(qreal scale);
    void showProblem(const QString& message);
    void saveCopy();
    void updateControls();

    std::unique_ptr<Ui::PictureViewer> m_ui;
    const Journal& m_journal;
    // Every picture of the journal, oldest post first, each post's in their order.
    QList<Journal::GalleryEntry> m_sequence;
    qsizetype m_index = -1;
    QByteArray m_bytes; // the shown picture as it was added, for "Save a copy…"
    bool m_fit = true;
    quint64 m_generation = 0; // which decoding the shown picture waits for
    QPointF m_dragFrom;       // where the pointer was as the picture is dragged
};
