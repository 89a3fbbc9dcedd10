#include "run/simulation_thread.h"

#include "run/simulation_worker.h"

namespace scalelab {

namespace {
SimCommand command(SimCommand::Type type)
{
    SimCommand c;
    c.type = type;
    return c;
}
} // namespace

SimulationThread::SimulationThread(QObject *parent) : QThread(parent)
{
    setObjectName(QStringLiteral("SimulationThread"));
    start();
}

SimulationThread::~SimulationThread()
{
    m_stop.store(true);
    m_wake.notify_all();
    wait();
}

void SimulationThread::run()
{
    Worker worker(*this);
    worker.loop();
}

void SimulationThread::post(SimCommand c)
{
    {
        std::lock_guard lock(m_mutex);
        m_commands.push_back(std::move(c));
        ++m_sent;
    }
    m_wake.notify_all();
}

void SimulationThread::load(const Scenario &scenario)
{
    SimCommand c = command(SimCommand::Type::Load);
    c.scenario = std::make_shared<const Scenario>(scenario);
    {
        std::lock_guard lock(m_mutex);
        c.generation = ++m_loads;
    }
    post(std::move(c));
}

void SimulationThread::unload()
{
    SimCommand c = command(SimCommand::Type::Load);
    {
        std::lock_guard lock(m_mutex);
        c.generation = ++m_loads;
    }
    post(std::move(c));
}

void SimulationThread::runSimulation()
{
    post(command(SimCommand::Type::Run));
}
void SimulationThread::pause()
{
    post(command(SimCommand::Type::Pause));
}
void SimulationThread::stepEvent()
{
    post(command(SimCommand::Type::StepEvent));
}
void SimulationThread::stepSecond()
{
    post(command(SimCommand::Type::StepSecond));
}
void SimulationThread::reset()
{
    SimCommand c = command(SimCommand::Type::Reset);
    {
        std::lock_guard lock(m_mutex);
        c.generation = ++m_loads;
    }
    post(std::move(c));
}

void SimulationThread::setSpeed(double factor)
{
    m_speed.store(factor);
    SimCommand c = command(SimCommand::Type::SetSpeed);
    c.value = factor;
    post(std::move(c));
}

void SimulationThread::applyScenario(const Scenario &scenario, std::optional<double> at_s)
{
    SimCommand c = command(SimCommand::Type::Apply);
    c.scenario = std::make_shared<const Scenario>(scenario);
    c.at_s = at_s;
    post(std::move(c));
}

void SimulationThread::failComponent(const std::string &id, std::optional<double> at_s)
{
    SimCommand c = command(SimCommand::Type::Fail);
    c.component = id;
    c.at_s = at_s;
    post(std::move(c));
}

void SimulationThread::recoverComponent(const std::string &id, std::optional<double> at_s)
{
    SimCommand c = command(SimCommand::Type::Recover);
    c.component = id;
    c.at_s = at_s;
    post(std::move(c));
}

void SimulationThread::promoteReplica(const std::string &id, std::optional<double> at_s)
{
    SimCommand c = command(SimCommand::Type::Promote);
    c.component = id;
    c.at_s = at_s;
    post(std::move(c));
}

void SimulationThread::deployAssets(const std::string &id, std::optional<double> at_s)
{
    SimCommand c = command(SimCommand::Type::Deploy);
    c.component = id;
    c.at_s = at_s;
    post(std::move(c));
}

void SimulationThread::slowComponent(const std::string &id, double factor,
                                     std::optional<double> at_s)
{
    SimCommand c = command(SimCommand::Type::Slow);
    c.component = id;
    c.value = factor;
    c.at_s = at_s;
    post(std::move(c));
}

void SimulationThread::pauseAt(double t_s)
{
    SimCommand c = command(SimCommand::Type::PauseAt);
    c.value = t_s;
    post(std::move(c));
}

std::shared_ptr<const Frame> SimulationThread::takeFrame()
{
    std::lock_guard lock(m_mutex);
    m_notified.store(false);
    if (m_mailboxGeneration != m_loads)
        m_mailbox.reset(); // from a run replaced since
    return std::exchange(m_mailbox, nullptr);
}

std::shared_ptr<const RunResult> SimulationThread::takeResult()
{
    std::lock_guard lock(m_mutex);
    if (m_resultGeneration != m_loads)
        m_result.reset();
    return std::exchange(m_result, nullptr);
}

bool SimulationThread::waitForCommands(int timeoutMs)
{
    std::unique_lock lock(m_mutex);
    const std::uint64_t target = m_sent;
    return m_idle.wait_for(lock, std::chrono::milliseconds(timeoutMs),
                           [&] { return m_processed >= target; });
}

bool SimulationThread::waitUntilPaused(int timeoutMs)
{
    std::unique_lock lock(m_mutex);
    const std::uint64_t target = m_sent;
    return m_idle.wait_for(lock, std::chrono::milliseconds(timeoutMs),
                           [&] { return m_processed >= target && !m_running.load(); });
}

std::vector<AppliedCommand> SimulationThread::journal() const
{
    std::lock_guard lock(m_mutex);
    return m_journal;
}

} // namespace scalelab
