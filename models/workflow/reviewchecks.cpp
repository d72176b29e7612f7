#include "models/workflow/reviewchecks.h"

#include <QFile>
#include <QImageReader>
#include <QLocale>
#include <QStringList>

#include "models/domain/creditcode.h"
#include "models/domain/regioncode.h"
#include "models/domain/uploadrule.h"
#include "models/store/database.h"

namespace dx {

namespace {
QString field(const QVariantMap &row, const char *name) {
    return row.value(QString::fromLatin1(name)).toString();
}
}  // namespace

QString ReviewCheck::line() const {
    switch (level) {
        case Level::Pass:
            return QStringLiteral("✓ ") + text;
        case Level::Warning:
            return QStringLiteral("⚠ ") + text;
        case Level::Fail:
            return QStringLiteral("✗ ") + text;
    }
    return text;
}

QString ReviewChecks::documentName(const QString &purpose) {
    if (purpose == QStringLiteral("license")) return tr("Business license");
    if (purpose == QStringLiteral("id_front")) return tr("ID card (front)");
    if (purpose == QStringLiteral("id_back")) return tr("ID card (back)");
    if (purpose == QStringLiteral("attachment")) return tr("Attachment");
    return purpose;
}

QList<ReviewCheck> ReviewChecks::run(Database &db, const Input &in) {
    using Level = ReviewCheck::Level;
    QList<ReviewCheck> out;
    const QVariantMap &cert = in.certification;
    const QVariantMap &org = in.organisation;

    // Credit code: a wrong check character is a warning (early codes fail it), not a refusal.
    QString code = field(cert, "credit_code");
    if (code.isEmpty()) code = field(org, "credit_code");
    auto credit = CreditCode::parse(code);
    if (!credit)
        out.append({Level::Fail, tr("Credit code “%1”: %2").arg(code, credit.error().message)});
    else if (const auto warning = credit->warning())
        out.append(
            {Level::Warning, tr("Credit code %1: %2").arg(credit->toString(), warning->message)});
    else
        out.append({Level::Pass, tr("Credit code %1: checksum correct").arg(credit->toString())});

    const QString region = field(cert, "region");
    auto regionCode = RegionCode::parse(region);
    const QString regionName = regionCode ? regionCode->fullName() : region;
    if (!in.reviewerRegion.isEmpty() && region == in.reviewerRegion)
        out.append({Level::Pass, tr("Region %1 is your county").arg(regionName)});
    else
        out.append({Level::Fail, tr("Region %1 is not your county").arg(regionName)});

    if (field(cert, "org_kind") != QStringLiteral("provider")) {
        if (org.isEmpty())
            out.append(
                {Level::Warning, tr("Demand survey: the organisation is not on this computer")});
        else if (org.value(QStringLiteral("survey_done")).toInt() != 0)
            out.append({Level::Pass, tr("Demand survey answered")});
        else
            out.append({Level::Fail, tr("Demand survey not answered")});
    }

    for (const QString &purpose :
         {QStringLiteral("license"), QStringLiteral("id_front"), QStringLiteral("id_back")}) {
        const QString name = documentName(purpose);
        const QString path = in.documentPaths.value(purpose);
        const auto rule = UploadRule::forPurpose(purpose);
        if (path.isEmpty()) {
            out.append({Level::Warning, tr("%1: not downloaded yet").arg(name)});
            continue;
        }
        QFile file(path);
        if (!rule || !file.open(QIODevice::ReadOnly)) {
            out.append({Level::Fail, tr("%1: the file cannot be read").arg(name)});
            continue;
        }
        if (auto ok = rule->check(file, QString(), purpose); !ok) {
            out.append({Level::Fail, tr("%1: %2").arg(name, ok.error().message)});
            continue;
        }
        const QSize size = QImageReader(path).size();
        out.append({Level::Pass, tr("%1: %2 × %3 px, meets the upload rules")
                                     .arg(name)
                                     .arg(size.width())
                                     .arg(size.height())});
    }

    if (credit) {
        auto others = db.all(QStringLiteral("SELECT name FROM organisations WHERE credit_code = ? "
                                            "AND id <> ? ORDER BY name LIMIT 5"),
                             {credit->toString(), field(cert, "org_id")});
        QStringList names;
        if (others)
            for (const QVariantMap &o : others.value())
                names << o.value(QStringLiteral("name")).toString();
        if (!others)
            out.append(
                {Level::Warning,
                 tr("Other organisations with this credit code: %1").arg(others.error().message)});
        else if (!names.isEmpty())
            out.append({Level::Warning, tr("The same credit code is used by %1")
                                            .arg(QLocale().createSeparatedList(names))});
        else
            out.append(
                {Level::Pass, tr("No other organisation in your county uses this credit code")});
    }
    return out;
}

}  // namespace dx
