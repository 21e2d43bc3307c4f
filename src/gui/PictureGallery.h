#pragma once

#include <QDialog>

#include <memory>

class GalleryModel;
class Journal;
class PictureLoader;

namespace Ui {
class PictureGallery;
}

// Every picture of the journal by month, newest first, as thumbnails. Choosing one (a click,
// or Enter) asks for its post to be shown in the chat.
class PictureGallery : public QDialog
{
    Q_OBJECT

public:
    // The thumbnails' box, in device-independent pixels.
    static constexpr int ThumbnailSize = 120;

    PictureGallery(const Journal& journal, PictureLoader& loader, QWidget* parent = nullptr);
    ~PictureGallery() override;

    // Reads the journal's pictures anew (when it opens).
    void refresh();
    // Closing it lets go of the list of pictures.
    void done(int result) override;

Q_SIGNALS:
    void postActivated(qint64 postId);

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void fitMonthRows();

    std::unique_ptr<Ui::PictureGallery> m_ui;
    const Journal& m_journal;
    GalleryModel* m_model;
};
