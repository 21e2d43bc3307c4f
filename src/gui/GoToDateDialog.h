#pragma once

#include <QDate>
#include <QDialog>

#include <memory>

class Journal;

namespace Ui {
class GoToDateDialog;
}

// A calendar to jump to a day of the journal; the days with posts are marked,
// and the month's days with posts are counted below it.
class GoToDateDialog : public QDialog
{
    Q_OBJECT

public:
    GoToDateDialog(const Journal& journal, const QDate& initial, QWidget* parent = nullptr);
    ~GoToDateDialog() override;

    QDate selectedDate() const;

private:
    void markMonth(int year, int month);

    std::unique_ptr<Ui::GoToDateDialog> m_ui;
    const Journal& m_journal;
};
