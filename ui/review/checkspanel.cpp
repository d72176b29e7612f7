#include "ui/review/checkspanel.h"

#include <QColor>
#include <QEvent>
#include <QListWidget>
#include <QVBoxLayout>

#include "models/blobs/blobstore.h"
#include "models/client/workbench.h"
#include "models/sync/replica.h"
#include "ui/review/licencereader.h"

namespace dx {

namespace {
void addLine(QListWidget *list, const QString &text, int level) {
    auto *item = new QListWidgetItem(text, list);
    item->setData(Qt::UserRole, level);
    if (level == int(ReviewCheck::Level::Fail))
        item->setForeground(QColor(0xc0, 0x1c, 0x28));
    else if (level == int(ReviewCheck::Level::Warning))
        item->setForeground(QColor(0x9c, 0x6a, 0x00));
}
}  // namespace

ChecksPanel::ChecksPanel(Workbench &wb, LicenceReader &reader, QWidget *parent)
    : QGroupBox(parent), m_wb(wb), m_reader(reader) {
    auto *layout = new QVBoxLayout(this);
    m_list = new QListWidget(this);
    m_list->setSelectionMode(QAbstractItemView::NoSelection);
    m_list->setWordWrap(true);
    layout->addWidget(m_list);
    connect(&m_reader, &LicenceReader::finished, this, &ChecksPanel::onLicenceRead);
    setTitle(QCoreApplication::translate("dx::CertificationReview", "Automatic checks"));
    m_list->setAccessibleName(title());
}

void ChecksPanel::changeEvent(QEvent *event) {
    if (event->type() == QEvent::LanguageChange) {
        setTitle(QCoreApplication::translate("dx::CertificationReview", "Automatic checks"));
        m_list->setAccessibleName(title());
        refresh();
    }
    QGroupBox::changeEvent(event);
}

void ChecksPanel::showChecks(const ReviewChecks::Input &input,
                             const LicenceCheck::Declared &declared, const QString &licenceSha) {
    m_input = input;
    m_declared = declared;
    m_licenceSha = licenceSha;
    m_shown = true;
    refresh();
}

void ChecksPanel::clear() {
    m_shown = false;
    m_licenceSha.clear();
    m_list->clear();
}

void ChecksPanel::refresh() {
    m_list->clear();
    if (!m_shown) return;
    for (const ReviewCheck &check : ReviewChecks::run(m_wb.replica.db(), m_input))
        addLine(m_list, check.line(), int(check.level));

    // The licence's text, where the documents are: this computer, once the scan is here.
    if (!BlobStore::isValidHash(m_licenceSha) || !m_wb.blobs.has(m_licenceSha)) return;
    if (const auto text = m_reader.cached(m_licenceSha)) {
        const LicenceReading read = LicenceCheck::parse(*text);
        for (const ReviewCheck &check : LicenceCheck::checks(m_declared, read))
            addLine(m_list, check.line(), int(check.level));
        return;
    }
    if (const QString failure = m_reader.failure(m_licenceSha); !failure.isEmpty()) {
        addLine(m_list, ReviewCheck{ReviewCheck::Level::Warning, failure}.line(),
                int(ReviewCheck::Level::Warning));
        return;
    }
    m_reader.read(m_licenceSha, m_wb.blobs.pathOf(m_licenceSha));
    if (m_reader.isReading(m_licenceSha))
        addLine(m_list, QStringLiteral("○ ") + tr("Reading the business licence…"),
                int(ReviewCheck::Level::Warning));
}

void ChecksPanel::onLicenceRead(const QString &sha) {
    if (m_shown && sha == m_licenceSha) refresh();
}

QStringList ChecksPanel::lines() const {
    QStringList out;
    for (int i = 0; i < m_list->count(); ++i) out << m_list->item(i)->text();
    return out;
}

bool ChecksPanel::isReadingLicence() const {
    return m_shown && m_reader.isReading(m_licenceSha);
}

}  // namespace dx
