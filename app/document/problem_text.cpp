#include "document/problem_text.h"

#include "scenario/kinds/kind_traits.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace scalelab {

QString describeProblem(const Scenario &scenario, const ScenarioError &error)
{
    QString message = QString::fromStdString(error.message);
    static const QRegularExpression componentField(QStringLiteral("^components\\[(\\d+)\\]"));
    const QRegularExpressionMatch m = componentField.match(QString::fromStdString(error.field));
    const auto index = m.hasMatch() ? m.captured(1).toULongLong() : scenario.components.size();
    if (index >= scenario.components.size())
        return message;
    const Component &c = scenario.components[index];
    const QString id = QString::fromStdString(c.id);
    const QString who = QCoreApplication::translate(
        "scalelab::Kind", std::string(traitsOf(c.kind).displayName).c_str());
    const QString prefix = QStringLiteral("component '%1': ").arg(id);
    if (message.startsWith(prefix))
        message.remove(0, prefix.size());
    return QCoreApplication::translate("scalelab::Document", "%1 %2: %3").arg(who, id, message);
}

} // namespace scalelab
