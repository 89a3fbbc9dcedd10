#include "sim/parallel_runs.h"

#include <algorithm>
#include <exception>
#include <new>

namespace scalelab {

ParallelRuns::ParallelRuns(std::size_t count, int jobs, Task task)
    : m_count(count), m_task(std::move(task)), m_fraction(new std::atomic<double>[count]),
      m_done(new std::atomic<bool>[count]), m_errors(count)
{
    for (std::size_t i = 0; i < count; ++i) {
        m_fraction[i].store(0.0);
        m_done[i].store(false);
    }
    const auto threads =
        std::min<std::size_t>(count, static_cast<std::size_t>(std::clamp(jobs, 1, kMaxJobs)));
    m_running.store(static_cast<int>(threads));
    for (std::size_t t = 0; t < threads; ++t)
        m_threads.emplace_back([this] { work(); });
}

ParallelRuns::~ParallelRuns()
{
    cancel();
    wait();
}

void ParallelRuns::wait()
{
    for (std::thread &t : m_threads)
        if (t.joinable())
            t.join();
}

double ParallelRuns::progress() const
{
    if (m_count == 0)
        return 1.0;
    double sum = 0;
    for (std::size_t i = 0; i < m_count; ++i)
        sum += m_fraction[i].load();
    return sum / static_cast<double>(m_count);
}

std::string ParallelRuns::error(std::size_t index) const
{
    // Written before the run's thread took its next index or ended; read once finished.
    return finished() ? m_errors[index] : std::string();
}

int ParallelRuns::defaultJobs()
{
    const unsigned cores = std::thread::hardware_concurrency();
    return std::clamp(static_cast<int>(cores), 1, kMaxJobs);
}

void ParallelRuns::work()
{
    for (;;) {
        const std::size_t i = m_next.fetch_add(1);
        if (i >= m_count || m_cancel.load())
            break;
        const Progress progress = [this, i](double fraction) {
            m_fraction[i].store(std::clamp(fraction, 0.0, 1.0));
            return !m_cancel.load();
        };
        try {
            m_task(i, progress);
            if (!m_cancel.load()) {
                m_fraction[i].store(1.0);
                m_done[i].store(true);
            }
        } catch (const std::bad_alloc &) {
            m_errors[i] = "not enough memory to simulate this design";
            m_fraction[i].store(1.0);
        } catch (const std::exception &e) {
            m_errors[i] = e.what();
            m_fraction[i].store(1.0);
        }
    }
    m_running.fetch_sub(1);
}

} // namespace scalelab
