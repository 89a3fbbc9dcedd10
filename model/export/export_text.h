#pragma once

// Small text helpers the diagram writers share: identifiers safe in any of the formats,
// escaping for XML and JSON, colour tints and stable hashes.

#include <cstdint>
#include <string>
#include <string_view>

namespace scalelab::export_text {

/// `prefix` + the id with only [A-Za-z0-9_]: '_' becomes "__", '-' "_h", '.' "_d" and any
/// other byte "_xHH", so two different ids never give the same result.
std::string safeId(std::string_view prefix, std::string_view id);
/// For an XML attribute or text: & < > " ' escaped, a newline as &#10;, other control
/// characters (not allowed in XML 1.0) as spaces.
std::string xmlEscape(std::string_view text);
/// The inside of a JSON string.
std::string jsonEscape(std::string_view text);
/// The colour mixed with white: 0 gives it back, 1 gives white.
std::uint32_t tint(std::uint32_t rgb, double towardWhite);
/// FNV-1a, for seeds that stay the same for the same id.
std::uint32_t stableHash(std::string_view text);
/// Standard base64 with padding.
std::string base64(std::string_view bytes);
/// A number as the formats write it: whole numbers plainly, others to 0.01.
std::string coordinate(double value);
/// Calls f(codePoint, bytes) for each UTF-8 character (an invalid byte is one character).
template <typename F> void forEachCharacter(std::string_view text, F &&f)
{
    std::size_t i = 0;
    while (i < text.size()) {
        const auto b = static_cast<unsigned char>(text[i]);
        std::size_t n = b < 0x80         ? 1
                        : (b >> 5) == 6  ? 2
                        : (b >> 4) == 14 ? 3
                        : (b >> 3) == 30 ? 4
                                         : 1;
        if (i + n > text.size())
            n = 1;
        char32_t cp = n == 1 ? b : b & (0x7f >> n);
        for (std::size_t k = 1; k < n; ++k)
            cp = (cp << 6) | (static_cast<unsigned char>(text[i + k]) & 0x3f);
        f(cp, text.substr(i, n));
        i += n;
    }
}

} // namespace scalelab::export_text
