#include "PictureGallery.h"
#include "ui_picturegallery.h"

#include "GalleryModel.h"

#include "core/Journal.h"

PictureGallery::PictureGallery(const Journal& journal, PictureLoader& loader, QWidget* parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::PictureGallery>())
    , m_journal(journal)
    , m_model(nullptr)
{
    m_ui->setupUi(this);
    m_model = new GalleryModel(loader, QSize(ThumbnailSize, ThumbnailSize), devicePixelRatioF(), this);
    m_ui->galleryView->setModel(m_model);
    m_ui->galleryView->setWrapping(true);
    m_ui->galleryView->setIconSize(QSize(ThumbnailSize, ThumbnailSize));
    m_ui->galleryView->setSpacing(2);
    m_ui->galleryView->viewport()->installEventFilter(this);
    const auto open = [this](const QModelIndex& index) {
        if (index.isValid() && !index.data(GalleryModel::IsMonthRole).toBool())
            Q_EMIT postActivated(index.data(GalleryModel::PostIdRole).toLongLong());
    };
    connect(m_ui->galleryView, &QListView::activated, this, open);
    connect(m_ui->galleryView, &QListView::clicked, this, open);
}

PictureGallery::~PictureGallery() = default;

void PictureGallery::done(int result)
{
    m_model->setPictures({}); // read anew when it opens again
    QDialog::done(result);
}

void PictureGallery::refresh()
{
    m_model->setPictures(m_journal.gallery());
    const qsizetype count = m_model->pictureCount();
    m_ui->summaryLabel->setText(
        count == 0
            ? tr("No pictures yet. Add some to a post with the button beside the composer "
                 "(Ctrl+Shift+A), or paste or drop them there.")
            : tr("%Ln picture(s), newest first. Enter or a click shows the post.", nullptr, int(count)));
    fitMonthRows();
    // The keyboard starts on the newest picture (the first row names its month).
    for (int row = 0; row < m_model->rowCount(); ++row) {
        const QModelIndex index = m_model->index(row);
        if (!index.data(GalleryModel::IsMonthRole).toBool()) {
            m_ui->galleryView->setCurrentIndex(index);
            break;
        }
    }
}

bool PictureGallery::eventFilter(QObject* watched, QEvent* event)
{
    // The view's own width, known once it is laid out (and again when a scroll bar comes).
    if (watched == m_ui->galleryView->viewport() && event->type() == QEvent::Resize)
        fitMonthRows();
    return QDialog::eventFilter(watched, event);
}

void PictureGallery::fitMonthRows()
{
    // A month's name takes a whole line: its row is as wide as the view leaves room for.
    const int spacing = m_ui->galleryView->spacing();
    m_model->setMonthWidth(m_ui->galleryView->viewport()->width() - 2 * spacing - 1);
    m_ui->galleryView->doItemsLayout();
}
