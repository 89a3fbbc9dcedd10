#include "sim/goal_report.h"

#include "sim/run_result.h"

#include <algorithm>
#include <charconv>
#include <cmath>
#include <cstdio>

namespace scalelab {

namespace {

std::string number(double v)
{
    if (!std::isfinite(v))
        return "null";
    char buf[64];
    const auto res = std::to_chars(buf, buf + sizeof buf, v);
    return std::string(buf, res.ptr);
}

/// A figure for people: four significant digits, "-" when nothing was measured.
std::string readable(double v)
{
    if (!std::isfinite(v))
        return "-";
    char buf[64];
    std::snprintf(buf, sizeof buf, "%.4g", v);
    return buf;
}

} // namespace

bool GoalFileResult::met() const
{
    return error.empty() && !status.empty() &&
           std::all_of(status.begin(), status.end(),
                       [](const GoalStatus &s) { return s.state == GoalState::Met; });
}

void writeGoalReport(std::ostream &out, const std::vector<GoalFileResult> &files)
{
    std::size_t filesMet = 0;
    for (const GoalFileResult &f : files) {
        out << f.file;
        if (!f.name.empty())
            out << " (" << f.name << ")";
        out << "\n";
        if (!f.error.empty()) {
            out << f.error;
            if (f.error.back() != '\n')
                out << "\n";
        } else if (f.goals.empty()) {
            out << "  no goals to check: the file has no 'goals:'\n";
        }
        std::size_t met = 0;
        for (std::size_t i = 0; i < f.goals.size(); ++i) {
            const GoalStatus &s = f.status[i];
            met += s.state == GoalState::Met;
            std::string verdict = toString(s.state);
            verdict.resize(8, ' ');
            out << "  " << verdict << describeGoal(f.goals[i]) << ": measured "
                << readable(s.value);
            if (!s.note.empty())
                out << " (" << s.note << ")";
            out << "\n";
        }
        if (f.error.empty())
            out << "  " << met << " of " << f.goals.size() << " goals met\n";
        filesMet += f.met();
    }
    out << filesMet << " of " << files.size() << " files have every goal met\n";
}

void writeGoalJson(std::ostream &out, const std::vector<GoalFileResult> &files)
{
    bool all = !files.empty();
    out << "{\n  \"files\": [";
    for (std::size_t fi = 0; fi < files.size(); ++fi) {
        const GoalFileResult &f = files[fi];
        all = all && f.met();
        out << (fi ? "," : "") << "\n    {\"file\": " << jsonQuoted(f.file)
            << ", \"name\": " << jsonQuoted(f.name)
            << ", \"met\": " << (f.met() ? "true" : "false");
        if (!f.error.empty())
            out << ", \"error\": " << jsonQuoted(f.error);
        out << ", \"goals\": [";
        for (std::size_t i = 0; i < f.goals.size(); ++i) {
            const Goal &g = f.goals[i];
            const GoalStatus &s = f.status[i];
            out << (i ? "," : "") << "\n      {\"goal\": " << jsonQuoted(describeGoal(g))
                << ", \"metric\": " << jsonQuoted(toString(g.metric))
                << ", \"bound\": " << jsonQuoted(toString(g.bound))
                << ", \"target\": " << number(g.value)
                << ", \"state\": " << jsonQuoted(toString(s.state))
                << ", \"value\": " << number(s.value)
                << ", \"window_start_s\": " << number(s.windowStart)
                << ", \"window_end_s\": " << number(s.windowEnd);
            if (!g.component.empty())
                out << ", \"component\": " << jsonQuoted(g.component);
            if (!g.survives.empty())
                out << ", \"survives\": " << jsonQuoted(g.survives);
            if (!s.note.empty())
                out << ", \"note\": " << jsonQuoted(s.note);
            out << "}";
        }
        out << (f.goals.empty() ? "]}" : "\n    ]}");
    }
    out << (files.empty() ? "]" : "\n  ]") << ",\n  \"all_met\": " << (all ? "true" : "false")
        << "\n}\n";
}

} // namespace scalelab
