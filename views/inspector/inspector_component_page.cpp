#include "inspector/inspector_component_page.h"

#include "inspector/distribution_editor.h"
#include "inspector/inspector_fields.h"
#include "kind_icons.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QRegularExpression>
#include <QRegularExpressionValidator>
#include <QSignalBlocker>
#include <QSpinBox>
#include <QVBoxLayout>

namespace scalelab {

namespace {

// Shown in the box when "unbounded" / "none" is ticked and used when it is unticked, so
// the first click gives a sensible finite value rather than the minimum.
constexpr int kDefaultCapacity = 100;
constexpr double kDefaultTimeoutMs = 1000.0;

QWidget *withCheckBox(QWidget *field, QCheckBox *box)
{
    auto *row = new QWidget;
    auto *h = new QHBoxLayout(row);
    h->setContentsMargins(0, 0, 0, 0);
    h->addWidget(field, 1);
    h->addWidget(box);
    return row;
}

} // namespace

InspectorComponentPage::InspectorComponentPage(QWidget *parent) : QWidget(parent)
{
    auto *v = new QVBoxLayout(this);
    v->setContentsMargins(6, 6, 6, 6);
    buildHeader();
    buildQueueing();
    buildDns();
    buildLoadBalancer();
    buildDatabase();
    v->addStretch(1);
    showComponent(m_value);
}

template <typename Apply> void InspectorComponentPage::commit(Apply apply)
{
    Component c = m_value;
    apply(c);
    if (c == m_value)
        return;
    const QString id = QString::fromStdString(m_value.id); // the old id, also after a rename
    // Refill, so fields another field adjusted (capacity after workers) show the new value.
    showComponent(c);
    emit edited(id, c);
}

void InspectorComponentPage::buildHeader()
{
    auto *group = new QGroupBox(tr("Component"));
    group->setObjectName(QStringLiteral("componentGroup"));
    auto *form = makeFormGroup(group);

    auto *titleRow = new QWidget;
    auto *h = new QHBoxLayout(titleRow);
    h->setContentsMargins(0, 0, 0, 0);
    m_icon = new QLabel;
    m_icon->setFixedSize(32, 32);
    m_title = new QLabel;
    m_title->setObjectName(QStringLiteral("kindTitle"));
    QFont f = m_title->font();
    f.setBold(true);
    f.setPointSizeF(f.pointSizeF() * 1.15);
    m_title->setFont(f);
    m_title->setWordWrap(true);
    h->addWidget(m_icon);
    h->addWidget(m_title, 1);
    form->addRow(titleRow);

    m_id = new QLineEdit;
    m_id->setObjectName(QStringLiteral("id"));
    // Letters, digits, '_', '-' and '.', as the scenario format allows (1 to 64 of them).
    m_id->setValidator(new QRegularExpressionValidator(
        QRegularExpression(QStringLiteral("[A-Za-z0-9_.-]{1,64}")), m_id));
    m_label = new QLineEdit;
    m_label->setObjectName(QStringLiteral("label"));
    m_label->setClearButtonEnabled(true);
    addRow(form, tr("Id"), m_id,
           tr("The component's unique name in the scenario file; links and faults refer to "
              "it. Renaming it here renames it everywhere (links, groups, the entry point) "
              "in one undoable step."));
    onCommitted(m_id, [this](const QString &text) {
        if (text.isEmpty())
            return;
        commit([&](Component &c) { c.id = text.toStdString(); });
    });
    addRow(form, tr("Label"), m_label,
           tr("The name shown on the canvas and in charts. Leave it empty to show the id."));
    onCommitted(m_label, [this](const QString &text) {
        commit([&](Component &c) { c.label = text.trimmed().toStdString(); });
    });
    layout()->addWidget(group);
}

void InspectorComponentPage::buildQueueing()
{
    auto *group = new QGroupBox(tr("Capacity"));
    auto *form = makeFormGroup(group);

    m_workers = makeIntSpin(1, limits::kMaxWorkers, QString(), QStringLiteral("workers"));
    addRow(form, tr("Workers"), m_workers,
           tr("How many requests it serves at the same time (cores, threads or "
              "connections). More workers raise the throughput it can sustain before "
              "requests start to queue."));
    onCommitted(m_workers, [this](int v) {
        commit([&](Component &c) {
            c.workers = v;
            // Capacity counts requests in service too, so it can never be below workers.
            if (c.capacity && *c.capacity < v)
                c.capacity = v;
        });
    });

    m_capacity = makeIntSpin(1, limits::kMaxCapacity, QString(), QStringLiteral("capacity"));
    m_unbounded = new QCheckBox(tr("unbounded"));
    m_unbounded->setObjectName(QStringLiteral("capacityUnbounded"));
    const QString capacityTip =
        tr("The most requests it holds at once, in service plus waiting. A request that "
           "arrives when it is full is rejected at once (an error) instead of waiting. "
           "Unbounded: the queue can grow without limit, and latency with it.");
    m_unbounded->setToolTip(capacityTip);
    addRow(form, tr("Queue capacity"), withCheckBox(m_capacity, m_unbounded), capacityTip);
    m_capacity->setToolTip(capacityTip);
    onCommitted(m_capacity, [this](int v) { commit([&](Component &c) { c.capacity = v; }); });
    onCommitted(m_unbounded, [this](bool on) {
        m_capacity->setEnabled(!on);
        commit([&](Component &c) {
            c.capacity = on ? std::nullopt : std::optional<int>(m_capacity->value());
        });
    });

    m_timeout = makeDoubleSpin(limits::kMinTimeoutMs, limits::kMaxTimeMs, 1, QStringLiteral(" ms"),
                               QStringLiteral("timeout"));
    m_noTimeout = new QCheckBox(tr("none"));
    m_noTimeout->setObjectName(QStringLiteral("timeoutNone"));
    const QString timeoutTip =
        tr("A request that has waited in the queue longer than this fails with a timeout "
           "instead of being served. None: requests wait as long as it takes.");
    m_noTimeout->setToolTip(timeoutTip);
    addRow(form, tr("Timeout"), withCheckBox(m_timeout, m_noTimeout), timeoutTip);
    m_timeout->setToolTip(timeoutTip);
    onCommitted(m_timeout, [this](double v) { commit([&](Component &c) { c.timeout_ms = v; }); });
    onCommitted(m_noTimeout, [this](bool on) {
        m_timeout->setEnabled(!on);
        commit([&](Component &c) {
            c.timeout_ms = on ? std::nullopt : std::optional<double>(m_timeout->value());
        });
    });

    m_speed = makeDoubleSpin(limits::kMinSpeed, limits::kMaxSpeed, 2, QStringLiteral(" ×"),
                             QStringLiteral("speed"));
    addRow(form, tr("CPU speed"), m_speed,
           tr("How fast the machine is compared with the standard one: service times are "
              "divided by it. Raising it is scaling up (a bigger machine); adding servers "
              "is scaling out."));
    onCommitted(m_speed, [this](double v) { commit([&](Component &c) { c.speed = v; }); });

    m_cost = makeDoubleSpin(0.0, limits::kMaxCostPerHour, 3, QStringLiteral(" $/h"),
                            QStringLiteral("costPerHour"));
    addRow(form, tr("Cost"), m_cost,
           tr("What this machine costs per hour, in dollars: compare a few big machines with "
              "many small ones."));
    onCommitted(m_cost, [this](double v) { commit([&](Component &c) { c.cost_per_hour = v; }); });
    layout()->addWidget(group);

    auto *serviceGroup = new QGroupBox(tr("Service time"));
    serviceGroup->setToolTip(tr("The time one worker spends on one request, not counting "
                                "waiting in the queue or the components it calls."));
    auto *sv = new QVBoxLayout(serviceGroup);
    m_service = new DistributionEditor(QStringLiteral("serviceTime"));
    sv->addWidget(m_service);
    connect(m_service, &DistributionEditor::edited, this,
            [this](const Distribution &d) { commit([&](Component &c) { c.service_ms = d; }); });
    layout()->addWidget(serviceGroup);
}

void InspectorComponentPage::buildDns()
{
    m_dnsGroup = new QGroupBox(tr("DNS"));
    auto *form = makeFormGroup(m_dnsGroup);
    m_ttl = makeDoubleSpin(0.0, limits::kMaxTtlS, 1, QStringLiteral(" s"), QStringLiteral("ttl"));
    addRow(form, tr("TTL"), m_ttl,
           tr("Time to live: how long a client keeps an answer before asking again. A long "
              "TTL saves lookups, but after a failover clients keep going to the old address "
              "until it expires."));
    onCommitted(m_ttl, [this](double v) { commit([&](Component &c) { c.ttl_s = v; }); });
    layout()->addWidget(m_dnsGroup);
}

void InspectorComponentPage::buildLoadBalancer()
{
    m_lbGroup = new QGroupBox(tr("Load balancer"));
    auto *form = makeFormGroup(m_lbGroup);

    m_algorithm = new QComboBox;
    m_algorithm->setObjectName(QStringLiteral("algorithm"));
    m_algorithm->addItem(tr("Round robin"), static_cast<int>(LbAlgorithm::RoundRobin));
    m_algorithm->addItem(tr("Least connections"), static_cast<int>(LbAlgorithm::LeastConnections));
    m_algorithm->addItem(tr("Random"), static_cast<int>(LbAlgorithm::Random));
    addRow(form, tr("Algorithm"), m_algorithm,
           tr("How the next server is chosen. Round robin: each in turn. Least connections: "
              "the one with the fewest requests in progress (best when requests vary in "
              "length). Random: any, at random."));
    onCommitted(m_algorithm, [this](int index) {
        const auto a = static_cast<LbAlgorithm>(m_algorithm->itemData(index).toInt());
        commit([&](Component &c) { c.algorithm = a; });
    });

    m_hcInterval = makeDoubleSpin(0.0, limits::kMaxIntervalS, 1, QStringLiteral(" s"),
                                  QStringLiteral("hcInterval"));
    addRow(form, tr("Health-check interval"), m_hcInterval,
           tr("How often the balancer probes each server. A dead server keeps receiving "
              "traffic (and failing it) until it fails \"unhealthy after\" probes in a row. "
              "0 means the balancer learns of a failure at once."));
    onCommitted(m_hcInterval,
                [this](double v) { commit([&](Component &c) { c.health_check.interval_s = v; }); });

    m_hcUnhealthy =
        makeIntSpin(1, limits::kMaxChecks, QString(), QStringLiteral("hcUnhealthyAfter"));
    addRow(form, tr("Unhealthy after (checks)"), m_hcUnhealthy,
           tr("Failed probes in a row before a server is taken out of rotation. More checks "
              "avoid removing a server for one slow answer, but detect a crash later."));
    onCommitted(m_hcUnhealthy, [this](int v) {
        commit([&](Component &c) { c.health_check.unhealthy_after = v; });
    });

    m_hcHealthy = makeIntSpin(1, limits::kMaxChecks, QString(), QStringLiteral("hcHealthyAfter"));
    addRow(form, tr("Healthy after (checks)"), m_hcHealthy,
           tr("Good probes in a row before a recovered server gets traffic again."));
    onCommitted(m_hcHealthy,
                [this](int v) { commit([&](Component &c) { c.health_check.healthy_after = v; }); });
    layout()->addWidget(m_lbGroup);
}

void InspectorComponentPage::buildDatabase()
{
    m_dbGroup = new QGroupBox(tr("Database"));
    auto *v = new QVBoxLayout(m_dbGroup);
    auto *form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    form->setRowWrapPolicy(QFormLayout::WrapLongRows);
    v->addLayout(form);

    m_dbModel = new QComboBox;
    m_dbModel->setObjectName(QStringLiteral("dbModel"));
    m_dbModel->addItem(tr("Relational (SQL)"), static_cast<int>(DbModel::Relational));
    m_dbModel->addItem(tr("Key-value (NoSQL)"), static_cast<int>(DbModel::KeyValue));
    addRow(form, tr("Data model"), m_dbModel,
           tr("Relational: tables and joins, costlier queries, usually scaled up on a bigger "
              "machine. Key-value: simple lookups by key, lower latency, scaled out over "
              "many machines."));
    onCommitted(m_dbModel, [this](int index) {
        const auto m = static_cast<DbModel>(m_dbModel->itemData(index).toInt());
        commit([&](Component &c) { c.db_model = m; });
    });

    auto addTimes = [&](const QString &title, const QString &name, const QString &tip) {
        auto *box = new QGroupBox(title);
        box->setFlat(true);
        box->setToolTip(tip);
        auto *bv = new QVBoxLayout(box);
        bv->setContentsMargins(0, bv->contentsMargins().top(), 0, 0);
        auto *editor = new DistributionEditor(name);
        bv->addWidget(editor);
        v->addWidget(box);
        return editor;
    };
    m_read = addTimes(tr("Read time"), QStringLiteral("readTime"),
                      tr("Time a worker spends on one read query."));
    m_write = addTimes(tr("Write time"), QStringLiteral("writeTime"),
                       tr("Time a worker spends on one write; writes usually cost more than "
                          "reads (indexes, durability)."));
    connect(m_read, &DistributionEditor::edited, this,
            [this](const Distribution &d) { commit([&](Component &c) { c.read_ms = d; }); });
    connect(m_write, &DistributionEditor::edited, this,
            [this](const Distribution &d) { commit([&](Component &c) { c.write_ms = d; }); });
    layout()->addWidget(m_dbGroup);
}

void InspectorComponentPage::showComponent(const Component &c)
{
    m_value = c;
    m_icon->setPixmap(iconFor(c.kind).pixmap(QSize(32, 32), devicePixelRatioF()));
    m_title->setText(displayName(c.kind));
    m_title->setToolTip(QString::fromUtf8(describe(c.kind)));
    showValue(m_id, QString::fromStdString(c.id));
    showValue(m_label, QString::fromStdString(c.label));
    m_label->setPlaceholderText(QString::fromStdString(c.id));

    showValue(m_workers, c.workers);
    {
        const QSignalBlocker block(m_capacity);
        m_capacity->setMinimum(c.workers);
    }
    showValue(m_unbounded, !c.capacity.has_value());
    showValue(m_capacity, c.capacity.value_or(std::max(kDefaultCapacity, c.workers)));
    m_capacity->setEnabled(c.capacity.has_value());
    showValue(m_noTimeout, !c.timeout_ms.has_value());
    showValue(m_timeout, c.timeout_ms.value_or(kDefaultTimeoutMs));
    m_timeout->setEnabled(c.timeout_ms.has_value());
    showValue(m_speed, c.speed);
    showValue(m_cost, c.cost_per_hour);
    m_service->setDistribution(c.service_ms);

    showValue(m_ttl, c.ttl_s);
    showValue(m_algorithm, m_algorithm->findData(static_cast<int>(c.algorithm)));
    showValue(m_hcInterval, c.health_check.interval_s);
    showValue(m_hcUnhealthy, c.health_check.unhealthy_after);
    showValue(m_hcHealthy, c.health_check.healthy_after);
    showValue(m_dbModel, m_dbModel->findData(static_cast<int>(c.db_model)));
    m_read->setDistribution(c.read_ms);
    m_write->setDistribution(c.write_ms);

    m_dnsGroup->setVisible(c.kind == ComponentKind::Dns);
    m_lbGroup->setVisible(c.kind == ComponentKind::LoadBalancer);
    m_dbGroup->setVisible(c.kind == ComponentKind::Database);
}

} // namespace scalelab
