#include "models/listings/listingvalidator.h"

#include <QJsonArray>
#include <QSet>

#include <cmath>

#include "models/core/result.h"
#include "models/domain/email.h"
#include "models/domain/phone.h"

namespace dx {

namespace {

bool isSha(const QString &s) {
    if (s.size() != 64) return false;
    for (QChar c : s)
        if (!((c >= u'0' && c <= u'9') || (c >= u'a' && c <= u'f'))) return false;
    return true;
}

// Collects every error of one listing; each helper names its field path.
class Checker {
public:
    explicit Checker(ListingValidator::Mode mode)
        : m_submit(mode == ListingValidator::Mode::Submit) {}

    QList<Error> errors;

    void add(const char *code, const QString &message, const QString &field) {
        errors.append(makeError(code, message, field));
    }
    bool submit() const { return m_submit; }

    // A string of at most `max` characters; required only on submit.
    QString text(const QJsonObject &o, const QString &key, const QString &path, int max,
                 bool required) {
        const QJsonValue v = o.value(key);
        if (!v.isUndefined() && !v.isNull() && !v.isString()) {
            add(ErrorCode::Invalid, ListingValidator::tr("Expected text."), path);
            return {};
        }
        const QString s = v.toString().trimmed();
        if (s.size() > max)
            add(ErrorCode::TooLong, ListingValidator::tr("At most %1 characters.").arg(max), path);
        else if (s.isEmpty() && required && m_submit)
            add(ErrorCode::Required, ListingValidator::tr("Required."), path);
        return s;
    }

    // A whole, non-negative number (fen, days): never a fraction in a JSON number.
    std::optional<qint64> integer(const QJsonObject &o, const QString &key, const QString &path,
                                  bool required, qint64 min = 0) {
        const QJsonValue v = o.value(key);
        if (v.isUndefined() || v.isNull()) {
            if (required && m_submit)
                add(ErrorCode::Required, ListingValidator::tr("Required."), path);
            return std::nullopt;
        }
        const double d = v.toDouble(-1.5);
        if (!v.isDouble() || d != std::floor(d) || std::fabs(d) > 9007199254740992.0) {
            add(ErrorCode::Invalid, ListingValidator::tr("Expected a whole number."), path);
            return std::nullopt;
        }
        const qint64 n = static_cast<qint64>(d);
        if (n < min) {
            add(ErrorCode::OutOfRange, ListingValidator::tr("At least %1.").arg(min), path);
            return std::nullopt;
        }
        return n;
    }

    // A blob reference: empty (a draft) or a SHA-256 in lower-case hex.
    void blob(const QJsonObject &o, const QString &key, const QString &path, bool required) {
        const QString s = text(o, key, path, 64, required);
        if (!s.isEmpty() && !isSha(s))
            add(ErrorCode::Invalid, ListingValidator::tr("Not a file reference (SHA-256)."), path);
    }

    // An array of at most `max` entries (at least `min` on submit); nullopt when not an array.
    std::optional<QJsonArray> array(const QJsonObject &o, const QString &key, const QString &path,
                                    int min, int max, bool exact = false) {
        const QJsonValue v = o.value(key);
        if (!v.isUndefined() && !v.isNull() && !v.isArray()) {
            add(ErrorCode::Invalid, ListingValidator::tr("Expected a list."), path);
            return std::nullopt;
        }
        const QJsonArray a = v.toArray();
        if (a.size() > max)
            add(ErrorCode::OutOfRange, ListingValidator::tr("At most %n entries.", nullptr, max),
                path);
        else if (m_submit && exact && a.size() != min)
            add(ErrorCode::OutOfRange, ListingValidator::tr("Exactly %n entries.", nullptr, min),
                path);
        else if (m_submit && a.size() < min)
            add(min == 1 ? ErrorCode::Required : ErrorCode::OutOfRange,
                ListingValidator::tr("At least %n entries.", nullptr, min), path);
        return a;
    }

    // A list of distinct codes from `allowed`.
    void codes(const QJsonObject &o, const QString &key, int min, int max,
               const QStringList &allowed) {
        auto a = array(o, key, key, min, max);
        if (!a) return;
        QSet<QString> seen;
        for (int i = 0; i < a->size(); ++i) {
            const QString path = QStringLiteral("%1[%2]").arg(key).arg(i);
            const QString code = a->at(i).toString();
            if (!allowed.contains(code))
                add(ErrorCode::Invalid, ListingValidator::tr("Not one of the choices."), path);
            else if (seen.contains(code))
                add(ErrorCode::Duplicate, ListingValidator::tr("Chosen twice."), path);
            seen.insert(code);
        }
    }

    void phone(const QString &value, const QString &path) {
        if (value.isEmpty() || !m_submit) return;
        if (auto p = Phone::parse(value, path); !p) errors.append(p.error());
    }
    void email(const QString &value, const QString &path) {
        if (value.isEmpty() || !m_submit) return;
        if (auto e = Email::parse(value, path); !e) errors.append(e.error());
    }

private:
    bool m_submit;
};

QJsonObject objectAt(Checker &c, const QJsonArray &a, int i, const QString &path) {
    if (!a.at(i).isObject()) {
        c.add(ErrorCode::Invalid, ListingValidator::tr("Expected an object."), path);
        return {};
    }
    return a.at(i).toObject();
}

void checkBasics(Checker &c, const QJsonObject &l) {
    c.text(l, QStringLiteral("name"), QStringLiteral("name"), 60, true);
    c.text(l, QStringLiteral("product"), QStringLiteral("product"), 60, true);
    const QString catalog =
        c.text(l, QStringLiteral("catalog"), QStringLiteral("catalog"), 40, true);
    if (!catalog.isEmpty() && catalog != QStringLiteral("solutions_products"))
        c.add(ErrorCode::Invalid, ListingValidator::tr("Not one of the choices."),
              QStringLiteral("catalog"));
    if (auto tags = c.array(l, QStringLiteral("tags"), QStringLiteral("tags"), 1, 10)) {
        QSet<QString> seen;
        for (int i = 0; i < tags->size(); ++i) {
            const QString path = QStringLiteral("tags[%1]").arg(i);
            const QString tag = tags->at(i).toString().trimmed();
            if (tag.isEmpty())
                c.add(ErrorCode::Required, ListingValidator::tr("An empty tag."), path);
            else if (tag.size() > 12)
                c.add(ErrorCode::TooLong, ListingValidator::tr("At most %1 characters.").arg(12),
                      path);
            else if (seen.contains(tag))
                c.add(ErrorCode::Duplicate, ListingValidator::tr("Chosen twice."), path);
            seen.insert(tag);
        }
    }
    c.blob(l, QStringLiteral("display_image"), QStringLiteral("display_image"), true);
    c.codes(l, QStringLiteral("categories"), 1, 5, ListingValidator::categories());
    c.codes(l, QStringLiteral("industries"), 1, 3, ListingValidator::industries());
    const auto low =
        c.integer(l, QStringLiteral("price_low_fen"), QStringLiteral("price_low_fen"), true);
    const auto high =
        c.integer(l, QStringLiteral("price_high_fen"), QStringLiteral("price_high_fen"), true);
    if (low && high && *low > *high)
        c.add(ErrorCode::OutOfRange,
              ListingValidator::tr("The highest price is below the lowest price."),
              QStringLiteral("price_high_fen"));
    c.integer(l, QStringLiteral("delivery_days"), QStringLiteral("delivery_days"), true, 1);
    c.integer(l, QStringLiteral("person_days"), QStringLiteral("person_days"), true, 1);
    c.text(l, QStringLiteral("discount_note"), QStringLiteral("discount_note"), 30, false);
}

void checkCases(Checker &c, const QJsonObject &l) {
    auto cases = c.array(l, QStringLiteral("cases"), QStringLiteral("cases"), 3, 3, true);
    if (!cases) return;
    for (int i = 0; i < cases->size(); ++i) {
        const QString p = QStringLiteral("cases[%1].").arg(i);
        const QJsonObject k = objectAt(c, *cases, i, p.chopped(1));
        c.text(k, QStringLiteral("customer"), p + QStringLiteral("customer"), 100, true);
        c.integer(k, QStringLiteral("annual_output_fen"), p + QStringLiteral("annual_output_fen"),
                  true);
        c.integer(k, QStringLiteral("sale_amount_fen"), p + QStringLiteral("sale_amount_fen"),
                  true);
        c.integer(k, QStringLiteral("delivery_months"), p + QStringLiteral("delivery_months"), true,
                  1);
        c.text(k, QStringLiteral("contact_name"), p + QStringLiteral("contact_name"), 30, false);
        c.text(k, QStringLiteral("contact_title"), p + QStringLiteral("contact_title"), 30, false);
        c.phone(c.text(k, QStringLiteral("contact_phone"), p + QStringLiteral("contact_phone"), 20,
                       false),
                p + QStringLiteral("contact_phone"));
        c.blob(k, QStringLiteral("document"), p + QStringLiteral("document"), true);
    }
}

void checkContact(Checker &c, const QJsonObject &l) {
    const QJsonValue v = l.value(QStringLiteral("contact"));
    if (!v.isUndefined() && !v.isObject()) {
        c.add(ErrorCode::Invalid, ListingValidator::tr("Expected an object."),
              QStringLiteral("contact"));
        return;
    }
    const QJsonObject k = v.toObject();
    c.text(k, QStringLiteral("name"), QStringLiteral("contact.name"), 30, true);
    const QString phone =
        c.text(k, QStringLiteral("phone"), QStringLiteral("contact.phone"), 20, false);
    const QString email =
        c.text(k, QStringLiteral("email"), QStringLiteral("contact.email"), 254, false);
    if (c.submit() && phone.isEmpty() && email.isEmpty())
        c.add(ErrorCode::Required, ListingValidator::tr("Give a mobile number and/or an e-mail."),
              QStringLiteral("contact"));
    c.phone(phone, QStringLiteral("contact.phone"));
    c.email(email, QStringLiteral("contact.email"));
}

void checkModule(Checker &c, const QJsonObject &m, const QString &type, const QString &p) {
    const QString items = p + QStringLiteral("items");
    if (type == QStringLiteral("banner")) {
        c.text(m, QStringLiteral("title"), p + QStringLiteral("title"), 60, true);
        c.text(m, QStringLiteral("text"), p + QStringLiteral("text"), 200, false);
        c.blob(m, QStringLiteral("image"), p + QStringLiteral("image"), true);
    } else if (type == QStringLiteral("highlights")) {
        auto a = c.array(m, QStringLiteral("items"), items, 1, 20);
        for (int i = 0; a && i < a->size(); ++i) {
            const QString ip = QStringLiteral("%1[%2].").arg(items).arg(i);
            const QJsonObject it = objectAt(c, *a, i, ip.chopped(1));
            c.text(it, QStringLiteral("title"), ip + QStringLiteral("title"), 30, true);
            c.text(it, QStringLiteral("text"), ip + QStringLiteral("text"), 200, false);
        }
    } else if (type == QStringLiteral("description")) {
        c.text(m, QStringLiteral("text"), p + QStringLiteral("text"), 5000, true);
    } else if (type == QStringLiteral("media")) {
        auto a = c.array(m, QStringLiteral("items"), items, 0, 10);
        for (int i = 0; a && i < a->size(); ++i) {
            const QString sha = a->at(i).toString();
            if (!isSha(sha))
                c.add(ErrorCode::Invalid, ListingValidator::tr("Not a file reference (SHA-256)."),
                      QStringLiteral("%1[%2]").arg(items).arg(i));
        }
    } else if (type == QStringLiteral("user_cases")) {
        auto a = c.array(m, QStringLiteral("items"), items, 3, 3, true);
        for (int i = 0; a && i < a->size(); ++i) {
            const QString ip = QStringLiteral("%1[%2].").arg(items).arg(i);
            const QJsonObject it = objectAt(c, *a, i, ip.chopped(1));
            c.text(it, QStringLiteral("text"), ip + QStringLiteral("text"), 500, true);
            c.blob(it, QStringLiteral("image"), ip + QStringLiteral("image"), true);
        }
    } else if (type == QStringLiteral("support")) {
        c.text(m, QStringLiteral("hours"), p + QStringLiteral("hours"), 60, true);
        c.text(m, QStringLiteral("content"), p + QStringLiteral("content"), 500, true);
        c.phone(c.text(m, QStringLiteral("hotline"), p + QStringLiteral("hotline"), 20, false),
                p + QStringLiteral("hotline"));
        c.email(c.text(m, QStringLiteral("email"), p + QStringLiteral("email"), 254, false),
                p + QStringLiteral("email"));
    }
}

void checkModules(Checker &c, const QJsonObject &l) {
    const QStringList &types = ListingValidator::moduleTypes();
    auto modules = c.array(l, QStringLiteral("modules"), QStringLiteral("modules"), 0, 6);
    if (!modules) return;
    QSet<QString> seen;
    for (int i = 0; i < modules->size(); ++i) {
        const QString p = QStringLiteral("modules[%1].").arg(i);
        const QJsonObject m = objectAt(c, *modules, i, p.chopped(1));
        const QString type = m.value(QStringLiteral("type")).toString();
        if (!types.contains(type)) {
            c.add(ErrorCode::Invalid, ListingValidator::tr("Unknown module."),
                  p + QStringLiteral("type"));
            continue;
        }
        if (seen.contains(type))
            c.add(ErrorCode::Duplicate, ListingValidator::tr("This module appears twice."),
                  p + QStringLiteral("type"));
        seen.insert(type);
        checkModule(c, m, type, p);
    }
    if (c.submit()) {
        for (const QString &t : types)
            if (!seen.contains(t))
                c.add(ErrorCode::Required,
                      ListingValidator::tr("The detail page lacks the module “%1”.").arg(t),
                      QStringLiteral("modules"));
    }
}

void checkSpecs(Checker &c, const QJsonObject &l) {
    auto specs = c.array(l, QStringLiteral("specs"), QStringLiteral("specs"), 1, 20);
    for (int i = 0; specs && i < specs->size(); ++i) {
        const QString p = QStringLiteral("specs[%1].").arg(i);
        const QJsonObject s = objectAt(c, *specs, i, p.chopped(1));
        c.text(s, QStringLiteral("name"), p + QStringLiteral("name"), 30, true);
        const QString mode =
            c.text(s, QStringLiteral("mode"), p + QStringLiteral("mode"), 16, true);
        if (!mode.isEmpty() && mode != QStringLiteral("yearly") &&
            mode != QStringLiteral("monthly") && mode != QStringLiteral("quantity"))
            c.add(ErrorCode::Invalid, ListingValidator::tr("Not one of the choices."),
                  p + QStringLiteral("mode"));
        const QString pricing =
            c.text(s, QStringLiteral("pricing"), p + QStringLiteral("pricing"), 16, true);
        if (!pricing.isEmpty() && pricing != QStringLiteral("free") &&
            pricing != QStringLiteral("simple"))
            c.add(ErrorCode::Invalid, ListingValidator::tr("Not one of the choices."),
                  p + QStringLiteral("pricing"));
        const auto price =
            c.integer(s, QStringLiteral("price_fen"), p + QStringLiteral("price_fen"),
                      pricing == QStringLiteral("simple"));
        if (c.submit() && pricing == QStringLiteral("simple") && price && *price <= 0)
            c.add(ErrorCode::OutOfRange,
                  ListingValidator::tr("A priced specification needs a price."),
                  p + QStringLiteral("price_fen"));
        if (pricing == QStringLiteral("free") && price && *price != 0)
            c.add(ErrorCode::Invalid, ListingValidator::tr("A free specification has no price."),
                  p + QStringLiteral("price_fen"));
    }
}

void checkAttachments(Checker &c, const QJsonObject &l) {
    auto a = c.array(l, QStringLiteral("attachments"), QStringLiteral("attachments"), 0, 10);
    for (int i = 0; a && i < a->size(); ++i) {
        const QString p = QStringLiteral("attachments[%1].").arg(i);
        const QJsonObject it = objectAt(c, *a, i, p.chopped(1));
        c.text(it, QStringLiteral("name"), p + QStringLiteral("name"), 60, true);
        c.blob(it, QStringLiteral("blob"), p + QStringLiteral("blob"), true);
    }
}

}  // namespace

const QStringList &ListingValidator::categories() {
    static const QStringList list{QStringLiteral("diagnosis_consulting"),
                                  QStringLiteral("software_products"),
                                  QStringLiteral("digital_products"),
                                  QStringLiteral("network_platform"),
                                  QStringLiteral("data_management_standard"),
                                  QStringLiteral("training_branding"),
                                  QStringLiteral("dx_standard"),
                                  QStringLiteral("cloud")};
    return list;
}

const QStringList &ListingValidator::industries() {
    static const QStringList list = [] {
        QStringList l;
        for (char c = 'A'; c <= 'T'; ++c) l << QString(QLatin1Char(c));
        return l;
    }();
    return list;
}

const QStringList &ListingValidator::moduleTypes() {
    static const QStringList list{QStringLiteral("banner"),      QStringLiteral("highlights"),
                                  QStringLiteral("description"), QStringLiteral("media"),
                                  QStringLiteral("user_cases"),  QStringLiteral("support")};
    return list;
}

QList<Error> ListingValidator::validate(const QJsonObject &listing, Mode mode) {
    static const QSet<QString> known{
        QStringLiteral("name"),           QStringLiteral("product"),
        QStringLiteral("catalog"),        QStringLiteral("tags"),
        QStringLiteral("display_image"),  QStringLiteral("categories"),
        QStringLiteral("industries"),     QStringLiteral("price_low_fen"),
        QStringLiteral("price_high_fen"), QStringLiteral("delivery_days"),
        QStringLiteral("person_days"),    QStringLiteral("discount_note"),
        QStringLiteral("cases"),          QStringLiteral("contact"),
        QStringLiteral("modules"),        QStringLiteral("specs"),
        QStringLiteral("attachments")};
    Checker c(mode);
    for (auto it = listing.begin(); it != listing.end(); ++it)
        if (!known.contains(it.key()))
            c.add(ErrorCode::Invalid, tr("Unknown field."), it.key().left(64));
    checkBasics(c, listing);
    checkCases(c, listing);
    checkContact(c, listing);
    checkModules(c, listing);
    checkSpecs(c, listing);
    checkAttachments(c, listing);
    return c.errors;
}

QList<ListingValidator::BlobRef> ListingValidator::blobs(const QJsonObject &l) {
    QList<BlobRef> out;
    auto add = [&out](const QString &field, const QJsonValue &v, const QString &purpose,
                      bool isPublic) {
        const QString sha = v.toString();
        if (isSha(sha)) out.append({field, sha, purpose, isPublic});
    };
    const QString image = QStringLiteral("listing_image");
    add(QStringLiteral("display_image"), l.value(QStringLiteral("display_image")), image, true);
    const QJsonArray cases = l.value(QStringLiteral("cases")).toArray();
    for (int i = 0; i < cases.size(); ++i)
        add(QStringLiteral("cases[%1].document").arg(i),
            cases.at(i).toObject().value(QStringLiteral("document")),
            QStringLiteral("case_document"), false);
    const QJsonArray modules = l.value(QStringLiteral("modules")).toArray();
    for (int i = 0; i < modules.size(); ++i) {
        const QJsonObject m = modules.at(i).toObject();
        const QString p = QStringLiteral("modules[%1].").arg(i);
        const QString type = m.value(QStringLiteral("type")).toString();
        if (type == QStringLiteral("banner"))
            add(p + QStringLiteral("image"), m.value(QStringLiteral("image")), image, true);
        const QJsonArray items = m.value(QStringLiteral("items")).toArray();
        for (int j = 0; j < items.size(); ++j) {
            const QString ip = QStringLiteral("%1items[%2]").arg(p).arg(j);
            if (type == QStringLiteral("media"))
                add(ip, items.at(j), QStringLiteral("listing_media"), true);
            else if (type == QStringLiteral("user_cases"))
                add(ip + QStringLiteral(".image"),
                    items.at(j).toObject().value(QStringLiteral("image")), image, true);
        }
    }
    const QJsonArray attachments = l.value(QStringLiteral("attachments")).toArray();
    for (int i = 0; i < attachments.size(); ++i)
        add(QStringLiteral("attachments[%1].blob").arg(i),
            attachments.at(i).toObject().value(QStringLiteral("blob")),
            QStringLiteral("case_document"), true);
    return out;
}

}  // namespace dx
