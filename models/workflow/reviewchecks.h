#pragma once

#include <QCoreApplication>
#include <QHash>
#include <QList>
#include <QString>
#include <QVariantMap>

namespace dx {

class Database;

/// One line of the reviewer's automatic checklist.
struct ReviewCheck {
    enum class Level { Pass, Warning, Fail };
    Level level = Level::Pass;
    QString text;

    /// The text behind its mark: ✓, ⚠ or ✗.
    QString line() const;
};

/// The automatic checks beside a certification under review: credit
/// code checksum, region against the reviewer's county, demand survey, the upload rules of the
/// three scans and the same credit code on another organisation of the county. They advise the
/// reviewer; the decision rules themselves live in the certification commands.
class ReviewChecks {
    Q_DECLARE_TR_FUNCTIONS(ReviewChecks)

public:
    struct Input {
        QVariantMap certification;  ///< the `certifications` row
        QVariantMap organisation;   ///< the `organisations` row, empty when not in the replica
        QString reviewerRegion;
        /// Local file of each scan by purpose (license, id_front, id_back); empty: not here yet.
        QHash<QString, QString> documentPaths;
    };

    static QList<ReviewCheck> run(Database &db, const Input &input);
    /// "license" → "Business license", "id_front" → "ID card (front)", …
    static QString documentName(const QString &purpose);
};

}  // namespace dx
