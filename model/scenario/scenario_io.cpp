// The public entry points of scenario I/O: parse (bounded tree -> strict reader ->
// semantic checks placed at their lines), load from a file, and error formatting.
// Nothing thrown inside may escape: every failure becomes a ScenarioError.

#include "scenario/scenario_io.h"

#include "scenario/yaml_reader.h"
#include "scenario/yaml_tree.h"

#include <cerrno>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <new>

namespace scalelab {

namespace {

constexpr std::size_t kMaxReportedErrors = 50;

LoadResult failure(const std::string &file, const std::string &message)
{
    ScenarioError e;
    e.file = file;
    e.message = message;
    LoadResult r;
    r.errors.push_back(std::move(e));
    return r;
}

} // namespace

std::string ScenarioError::format() const
{
    std::string out = file;
    if (line > 0) {
        if (!out.empty())
            out += ':';
        out += std::to_string(line);
        if (column > 0)
            out += ':' + std::to_string(column);
    }
    if (!out.empty())
        out += ": ";
    if (!field.empty())
        out += field + ": ";
    return out + message;
}

std::string LoadResult::message() const
{
    std::string out;
    for (const ScenarioError &e : errors) {
        if (!out.empty())
            out += '\n';
        out += e.format();
    }
    return out;
}

std::optional<std::pair<int, int>> LoadResult::positionOf(std::string field) const
{
    while (!field.empty()) {
        if (const auto it = positions.find(field); it != positions.end())
            return it->second;
        const std::size_t cut = field.find_last_of(".[");
        field.resize(cut == std::string::npos ? 0 : cut);
    }
    return std::nullopt;
}

LoadResult parseScenario(const std::string &yamlText, const std::string &fileName,
                         Completeness completeness)
{
    try {
        YamlTree tree;
        ScenarioError treeError;
        if (!tree.load(yamlText, YamlLimits{}, treeError)) {
            treeError.file = fileName;
            LoadResult r;
            r.errors.push_back(std::move(treeError));
            return r;
        }
        ReadContext context(tree);
        Scenario scenario;
        readScenario(context, scenario);
        // Semantic checks only on a scenario that read cleanly: a field that failed to
        // read holds its default, and checking it would report a second, confusing error.
        if (context.errors.empty()) {
            for (ScenarioError &e : validateScenario(scenario, completeness)) {
                e.field = context.fieldInFile(e.field);
                if (const auto pos = context.positionOf(e.field)) {
                    e.line = pos->first;
                    e.column = pos->second;
                }
                context.errors.push_back(std::move(e));
            }
        }
        LoadResult r;
        if (context.errors.size() > kMaxReportedErrors) {
            const std::size_t more = context.errors.size() - kMaxReportedErrors;
            context.errors.resize(kMaxReportedErrors);
            ScenarioError e;
            e.message = "and " + std::to_string(more) + " more errors";
            context.errors.push_back(std::move(e));
        }
        for (ScenarioError &e : context.errors) {
            e.file = fileName;
            r.errors.push_back(std::move(e));
        }
        if (r.errors.empty())
            r.scenario = std::move(scenario);
        r.positions = context.takePositions();
        return r;
    } catch (const std::bad_alloc &) {
        return failure(fileName, "not enough memory to read this scenario");
    } catch (const std::exception &e) {
        return failure(fileName, std::string("could not read the scenario: ") + e.what());
    } catch (...) {
        return failure(fileName, "could not read the scenario");
    }
}

LoadResult loadScenarioFile(const std::string &path, Completeness completeness)
{
    const std::size_t limit = YamlLimits{}.maxBytes;
    const std::string most =
        "; a scenario file may be at most " + std::to_string(limit / 1048576) + " MiB";
    try {
        std::error_code ec;
        const std::filesystem::path p(path);
        const std::filesystem::file_status status = std::filesystem::status(p, ec);
        if (!std::filesystem::exists(status))
            return failure(path, "cannot open '" + path + "': the file does not exist");
        if (std::filesystem::is_directory(status))
            return failure(path, "cannot open '" + path + "': it is a folder, not a file");
        // A device (/dev/zero, /dev/urandom) never ends and a pipe may never send a byte:
        // only a regular file has a size to check.
        if (!std::filesystem::is_regular_file(status))
            return failure(path, "cannot open '" + path +
                                     "': it is a device, a pipe or a socket, not a scenario file");
        const auto size = std::filesystem::file_size(p, ec);
        if (!ec && size > limit)
            return failure(path, "the file is " + std::to_string(size / 1048576) + " MiB" + most);
        std::ifstream in(p, std::ios::binary);
        if (!in)
            return failure(path, "cannot open '" + path + "': " + std::strerror(errno));
        // Read at most one byte past the limit, whatever the size said: the file may have
        // been replaced or grown since.
        std::string text;
        char chunk[65536];
        while (text.size() <= limit) {
            in.read(chunk, sizeof chunk);
            text.append(chunk, static_cast<std::size_t>(in.gcount()));
            if (!in)
                break;
        }
        if (in.bad())
            return failure(path, "cannot read '" + path + "'");
        if (text.size() > limit)
            return failure(path, "the file is larger than " + std::to_string(limit / 1048576) +
                                     " MiB" + most);
        return parseScenario(text, path, completeness);
    } catch (const std::exception &e) {
        return failure(path, "cannot read '" + path + "': " + e.what());
    }
}

} // namespace scalelab
