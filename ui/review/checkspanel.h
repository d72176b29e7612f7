#pragma once

#include <QGroupBox>
#include <QStringList>

#include "models/workflow/licencecheck.h"
#include "models/workflow/reviewchecks.h"

class QListWidget;

namespace dx {

struct Workbench;
class LicenceReader;

/// The desk's "Automatic checks": ReviewChecks on the replica, then the business licence's
/// text (read by LicenceReader, off the UI thread) against the declared credit code, name and
/// type, each line saying what was read. Shows "Reading the licence…" meanwhile.
class ChecksPanel : public QGroupBox {
    Q_OBJECT
public:
    ChecksPanel(Workbench &wb, LicenceReader &reader, QWidget *parent = nullptr);

    /// Runs the checks of one application; `licenceSha` is its licence blob ("" when none).
    void showChecks(const ReviewChecks::Input &input, const LicenceCheck::Declared &declared,
                    const QString &licenceSha);
    void clear();
    /// One line each, starting with ✓, ⚠, ✗ (or ○ while the licence is being read).
    QStringList lines() const;
    /// The licence is being read now.
    bool isReadingLicence() const;

protected:
    void changeEvent(QEvent *event) override;

private:
    void refresh();
    void onLicenceRead(const QString &sha);

    Workbench &m_wb;
    LicenceReader &m_reader;
    QListWidget *m_list = nullptr;
    ReviewChecks::Input m_input;
    LicenceCheck::Declared m_declared;
    QString m_licenceSha;
    bool m_shown = false;
};

}  // namespace dx
