#pragma once

#include "scenario/scenario.h"

#include <QPointF>
#include <QString>
#include <QStringList>

#include <optional>
#include <string>
#include <vector>

namespace scalelab {

class Document;

/// The MIME type of copied components; the same text also goes out as plain text, so a
/// copied selection can be pasted into a YAML file.
inline constexpr const char *kFragmentMimeType = "application/x-scalelab-scenario";

/// The selected components and the links between them, as a small scenario in YAML.
std::string copyFragment(const Scenario &scenario, const QStringList &ids);

/// Components and links ready to add: ids made unique in the document (a copy of web1 → web2),
/// links renamed to match, positions shifted by `offset`.
struct Fragment {
    std::vector<Component> components;
    std::vector<Link> links;
};
/// Reads a copied fragment; on error returns nothing and sets `error` to the reason.
std::optional<Fragment> pasteFragment(const std::string &yaml, const Document &doc,
                                      const QPointF &offset, QString *error);

/// The id prefix of a kind, used for new components: web, lb, db, dns, svc.
QString idStem(ComponentKind kind);

} // namespace scalelab
