#pragma once

#include <QCoreApplication>
#include <QList>
#include <QString>

#include "models/workflow/reviewchecks.h"

namespace dx {

/// What text recognition read on a business licence (营业执照); an empty field was not found.
struct LicenceReading {
    QString creditCode;  ///< 统一社会信用代码, 18 characters
    QString name;        ///< 名称
    QString type;        ///< 类型, e.g. 有限责任公司
};

/// The rules that compare a business licence's recognised text with what the organisation
/// declared: reading the fields out of the text, normalising (full/half width, spaces), the
/// name equivalence 有限公司 = 有限责任公司, and which licence types fit a profile's enterprise
/// type. Plain functions, no OCR engine: the desktop runs the engine and asks these.
class LicenceCheck {
    Q_DECLARE_TR_FUNCTIONS(LicenceCheck)

public:
    enum class Verdict { Match, Mismatch, Unreadable };

    /// The three fields from the text of a whole licence, line by line; OCR noise in the labels
    /// (名 Ph …) is tolerated, the values are kept as read (trimmed).
    static LicenceReading parse(const QString &text);

    /// NFKC (full-width forms to half width: （） → ()), no spaces of any kind, upper case.
    static QString normalise(const QString &text);
    /// A name for comparison: normalise(), and 有限责任公司 written as 有限公司.
    static QString normaliseName(const QString &name);

    static Verdict compareCreditCode(const QString &declared, const QString &read);
    static Verdict compareName(const QString &declared, const QString &read);
    /// `typeCode` is the profile's enterprise_type (private, joint_stock, state_owned, …); the
    /// licence's 类型 names the legal form, so each code admits a family of licence words
    /// (joint_stock: 股份…; state_owned: 国有…, 全民所有制; private: a company or partnership
    /// without state, collective or foreign words). An unknown code matches nothing.
    static Verdict compareType(const QString &typeCode, const QString &read);

    /// What the organisation declared, beside what was read.
    struct Declared {
        QString creditCode;
        QString name;
        QString typeCode;
        QString typeLabel;  ///< the type's label in the UI language, for the message
    };
    /// One checklist line per field: ✓ matches, ✗ does not match, ⚠ unreadable; each quotes
    /// the text that was read.
    static QList<ReviewCheck> checks(const Declared &declared, const LicenceReading &read);
    /// "matches", "does not match", "unreadable", translated.
    static QString verdictName(Verdict verdict);
};

}  // namespace dx
