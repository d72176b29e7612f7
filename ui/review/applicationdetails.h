#pragma once

#include <QHash>
#include <QList>
#include <QPair>
#include <QVariantMap>
#include <QWidget>

class QGroupBox;
class QLabel;

namespace dx {

/// The left of the review desk: the organisation's data and the application's (version, dates,
/// the contact submitted with it, state, the previous rejection's reason), read-only.
class ApplicationDetails : public QWidget {
    Q_OBJECT
public:
    explicit ApplicationDetails(QWidget *parent = nullptr);

    /// Shows a `certifications` row and its `organisations` row (either may be empty).
    void showApplication(const QVariantMap &cert, const QVariantMap &org,
                         const QString &previousReason);
    /// The organisation's name as shown.
    QString organisationName() const;
    /// The enterprise type's label from the organisation form's options, in the UI language.
    static QString enterpriseTypeName(const QString &orgKind, const QString &value);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();

    QVariantMap m_cert;
    QVariantMap m_org;
    QString m_previousReason;
    QHash<QString, QLabel *> m_values;  // field key → value label
    QList<QPair<QLabel *, const char *>> m_captions;
    QGroupBox *m_orgBox = nullptr;
    QGroupBox *m_appBox = nullptr;
};

}  // namespace dx
