#include "GoToDateDialog.h"
#include "ui_gotodatedialog.h"

#include "core/Journal.h"

#include <QTextCharFormat>

GoToDateDialog::GoToDateDialog(const Journal& journal, const QDate& initial, QWidget* parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::GoToDateDialog>())
    , m_journal(journal)
{
    m_ui->setupUi(this);
    connect(m_ui->calendar, &QCalendarWidget::currentPageChanged, this, &GoToDateDialog::markMonth);
    connect(m_ui->calendar, &QCalendarWidget::activated, this, &QDialog::accept);
    connect(m_ui->buttonBox, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &QDialog::reject);
    m_ui->calendar->setSelectedDate(initial);
    markMonth(initial.year(), initial.month());
    m_ui->calendar->setFocus();
}

GoToDateDialog::~GoToDateDialog() = default;

QDate GoToDateDialog::selectedDate() const
{
    return m_ui->calendar->selectedDate();
}

void GoToDateDialog::markMonth(int year, int month)
{
    // The calendar shows a few days of the months around, so those are marked too.
    const QDate first = QDate(year, month, 1).addDays(-7);
    const QDate last = QDate(year, month, 1).addMonths(1).addDays(14);
    m_ui->calendar->setDateTextFormat(QDate(), QTextCharFormat());
    QTextCharFormat withPosts;
    withPosts.setFontWeight(QFont::Bold);
    withPosts.setFontUnderline(true);
    withPosts.setForeground(palette().color(QPalette::Link));
    const QSet<QDate> days = m_journal.daysWithPosts(first, last);
    int inMonth = 0;
    for (const QDate& day : days) {
        m_ui->calendar->setDateTextFormat(day, withPosts);
        if (day.month() == month && day.year() == year)
            ++inMonth;
    }
    m_ui->summaryLabel->setText(inMonth == 0
                                    ? tr("No posts this month.")
                                    : tr("Posts on %n day(s) this month (underlined).", nullptr, inMonth));
}
