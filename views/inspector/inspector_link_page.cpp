#include "inspector/inspector_link_page.h"

#include "inspector/inspector_fields.h"

#include <QCheckBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QLabel>
#include <QVBoxLayout>

#include <algorithm>

namespace scalelab {

namespace {

const char *const kKindNames[kRequestKindCount] = {"Reads", "Writes", "Static assets",
                                                   "Async jobs"};
const char *const kKindTips[kRequestKindCount] = {
    "Dynamic reads: a page or an API answer built from stored data.",
    "Writes: requests that change stored data; later stages send them to the primary.",
    "Static assets: images, CSS, JavaScript; a CDN can serve these near the user.",
    "Asynchronous work handed to a queue and done later by workers."};

} // namespace

InspectorLinkPage::InspectorLinkPage(QWidget *parent) : QWidget(parent)
{
    auto *v = new QVBoxLayout(this);
    v->setContentsMargins(6, 6, 6, 6);

    auto *group = new QGroupBox(tr("Link"));
    group->setObjectName(QStringLiteral("linkGroup"));
    auto *form = makeFormGroup(group);
    m_title = new QLabel;
    m_title->setObjectName(QStringLiteral("linkTitle"));
    m_title->setWordWrap(true);
    QFont f = m_title->font();
    f.setBold(true);
    m_title->setFont(f);
    form->addRow(m_title);

    m_probability = makeDoubleSpin(0.0, 1.0, 3, QString(), QStringLiteral("probability"));
    m_probability->setSingleStep(0.05);
    m_probability->setStepType(QAbstractSpinBox::DefaultStepType);
    addRow(form, tr("Probability"), m_probability,
           tr("The share of requests that take this link, from 0 to 1. A service picks one "
              "of its outgoing links by these weights; a web server calls this target with "
              "this probability for each request (0.3 = 30% of requests also query it)."));
    onCommitted(m_probability, [this](double p) {
        Link l = m_value;
        l.probability = p;
        commit(l);
    });

    m_latency = makeDoubleSpin(0.0, limits::kMaxLatencyMs, 3, QStringLiteral(" ms"),
                               QStringLiteral("latency"));
    addRow(form, tr("Network latency"), m_latency,
           tr("One-way network delay. Inside a data center it is well under a millisecond; "
              "between regions tens to hundreds of milliseconds, paid on every call."));
    onCommitted(m_latency, [this](double ms) {
        Link l = m_value;
        l.latency_ms = ms;
        commit(l);
    });
    m_backup = new QCheckBox(tr("Backup: only while the first is down"));
    m_backup->setObjectName(QStringLiteral("backup"));
    m_backup->setToolTip(
        tr("A second target, asked only instead of a normal link from the same component "
           "whose target is down (the connection is refused, so the caller knows at once). "
           "While that target is up this one gets nothing. From users: a secondary "
           "nameserver."));
    form->addRow(m_backup);
    onCommitted(m_backup, [this](bool on) {
        Link l = m_value;
        l.backup = on;
        commit(l);
    });
    v->addWidget(group);

    auto *kindsGroup = new QGroupBox(tr("Carries"));
    kindsGroup->setToolTip(tr("Which kinds of request travel this link. All ticked: every "
                              "kind. Untick a kind to route it elsewhere, e.g. static assets "
                              "to a CDN."));
    auto *kv = new QVBoxLayout(kindsGroup);
    for (int i = 0; i < kRequestKindCount; ++i) {
        m_kinds[i] = new QCheckBox(tr(kKindNames[i]));
        m_kinds[i]->setObjectName(QStringLiteral("kind_") +
                                  QString::fromLatin1(toString(static_cast<RequestKind>(i))));
        m_kinds[i]->setToolTip(tr(kKindTips[i]));
        kv->addWidget(m_kinds[i]);
        onCommitted(m_kinds[i], [this](bool) { kindToggled(); });
    }
    v->addWidget(kindsGroup);
    v->addStretch(1);
    showLink(m_value, m_index);
}

void InspectorLinkPage::showLink(const Link &link, int linkIndex)
{
    m_value = link;
    m_index = linkIndex;
    m_title->setText(QString::fromStdString(link.from) + QStringLiteral("  →  ") +
                     QString::fromStdString(link.to));
    showValue(m_probability, link.probability);
    showValue(m_latency, link.latency_ms);
    showValue(m_backup, link.backup);
    for (int i = 0; i < kRequestKindCount; ++i) {
        const auto kind = static_cast<RequestKind>(i);
        const bool carried = link.kinds.empty() || std::find(link.kinds.begin(), link.kinds.end(),
                                                             kind) != link.kinds.end();
        showValue(m_kinds[i], carried);
    }
}

void InspectorLinkPage::kindToggled()
{
    Link l = m_value;
    l.kinds.clear();
    int ticked = 0;
    for (int i = 0; i < kRequestKindCount; ++i) {
        if (m_kinds[i]->isChecked()) {
            l.kinds.push_back(static_cast<RequestKind>(i));
            ++ticked;
        }
    }
    if (ticked == 0) {
        // An empty list means "every kind", so unticking the last box would do the
        // opposite of what it says; a link that carries nothing should be deleted instead.
        showLink(m_value, m_index);
        return;
    }
    if (ticked == kRequestKindCount)
        l.kinds.clear(); // the file's spelling of "every kind"
    commit(l);
}

void InspectorLinkPage::commit(const Link &l)
{
    if (l == m_value)
        return;
    m_value = l;
    emit edited(m_index, l);
}

} // namespace scalelab
