#include "export/export_text.h"

#include "scenario/number_text.h"

#include <algorithm>
#include <cmath>
#include <cstdio>

namespace scalelab::export_text {

std::string safeId(std::string_view prefix, std::string_view id)
{
    std::string out(prefix);
    for (const char c : id) {
        const auto u = static_cast<unsigned char>(c);
        if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9')) {
            out += c;
        } else if (c == '_') {
            out += "__";
        } else if (c == '-') {
            out += "_h";
        } else if (c == '.') {
            out += "_d";
        } else {
            char hex[8];
            std::snprintf(hex, sizeof hex, "_x%02x", u);
            out += hex;
        }
    }
    return out;
}

std::string xmlEscape(std::string_view text)
{
    std::string out;
    out.reserve(text.size());
    for (const char c : text) {
        switch (c) {
        case '&':
            out += "&amp;";
            break;
        case '<':
            out += "&lt;";
            break;
        case '>':
            out += "&gt;";
            break;
        case '"':
            out += "&quot;";
            break;
        case '\'':
            out += "&apos;";
            break;
        case '\n':
            out += "&#10;";
            break;
        default:
            out += (static_cast<unsigned char>(c) < 0x20) ? ' ' : c;
        }
    }
    return out;
}

std::string jsonEscape(std::string_view text)
{
    std::string out;
    out.reserve(text.size());
    for (const char c : text) {
        switch (c) {
        case '"':
            out += "\\\"";
            break;
        case '\\':
            out += "\\\\";
            break;
        case '\n':
            out += "\\n";
            break;
        case '\t':
            out += "\\t";
            break;
        case '\r':
            out += "\\r";
            break;
        default:
            if (static_cast<unsigned char>(c) < 0x20) {
                char hex[8];
                std::snprintf(hex, sizeof hex, "\\u%04x", static_cast<unsigned>(c));
                out += hex;
            } else {
                out += c;
            }
        }
    }
    return out;
}

std::uint32_t tint(std::uint32_t rgb, double towardWhite)
{
    std::uint32_t out = 0;
    for (int shift = 16; shift >= 0; shift -= 8) {
        const double c = static_cast<double>((rgb >> shift) & 0xffU);
        const auto mixed = static_cast<std::uint32_t>(std::lround(c + (255.0 - c) * towardWhite));
        out |= (mixed & 0xffU) << shift;
    }
    return out;
}

std::uint32_t stableHash(std::string_view text)
{
    std::uint32_t h = 2166136261U;
    for (const char c : text) {
        h ^= static_cast<unsigned char>(c);
        h *= 16777619U;
    }
    return h;
}

std::string base64(std::string_view bytes)
{
    static constexpr char kDigits[] =
        "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
    std::string out;
    out.reserve((bytes.size() + 2) / 3 * 4);
    for (std::size_t i = 0; i < bytes.size(); i += 3) {
        std::uint32_t v = static_cast<unsigned char>(bytes[i]) << 16;
        const std::size_t n = std::min<std::size_t>(3, bytes.size() - i);
        if (n > 1)
            v |= static_cast<std::uint32_t>(static_cast<unsigned char>(bytes[i + 1])) << 8;
        if (n > 2)
            v |= static_cast<unsigned char>(bytes[i + 2]);
        out += kDigits[(v >> 18) & 63];
        out += kDigits[(v >> 12) & 63];
        out += n > 1 ? kDigits[(v >> 6) & 63] : '=';
        out += n > 2 ? kDigits[v & 63] : '=';
    }
    return out;
}

std::string coordinate(double value)
{
    // Locale-free (the GUI sets the user's locale): numberText uses to_chars.
    return numberText(std::round(value * 100.0) / 100.0);
}

} // namespace scalelab::export_text
