#include "world/world_places.h"

#include <array>
#include <utility>

namespace scalelab {

namespace {

struct Place {
    const char *word; ///< a region name equal to it, containing it or (with '-') starting with it
    double lon;
    double lat;
};

// Most specific first: "us-west" before "us-", "southeast-asia" at Singapore rather than at
// "asia"; the wide areas' names last.
const std::array<Place, 45> kPlaces = {{
    {"us-east", -77.5, 39.0},    {"us-west", -121.0, 45.6},
    {"us-central", -93.6, 41.6}, {"south-america", -46.6, -23.5},
    {"virginia", -77.5, 39.0},   {"ohio", -83.0, 40.0},
    {"oregon", -121.0, 45.6},    {"california", -122.0, 37.4},
    {"texas", -97.7, 30.3},      {"canada", -73.6, 45.5},
    {"mexico", -99.1, 19.4},     {"brazil", -46.6, -23.5},
    {"chile", -70.7, -33.4},     {"london", -0.1, 51.5},
    {"ireland", -6.3, 53.3},     {"paris", 2.4, 48.9},
    {"france", 2.4, 48.9},       {"frankfurt", 8.7, 50.1},
    {"germany", 8.7, 50.1},      {"stockholm", 18.1, 59.3},
    {"nordic", 18.1, 59.3},      {"milan", 9.2, 45.5},
    {"spain", -3.7, 40.4},       {"africa", 18.4, -33.9},
    {"middle-east", 55.3, 25.2}, {"dubai", 55.3, 25.2},
    {"bahrain", 50.6, 26.1},     {"india", 72.9, 19.1},
    {"mumbai", 72.9, 19.1},      {"singapore", 103.8, 1.4},
    {"southeast", 103.8, 1.4},   {"hong-kong", 114.2, 22.3},
    {"china", 116.4, 39.9},      {"korea", 127.0, 37.5},
    {"seoul", 127.0, 37.5},      {"japan", 139.7, 35.7},
    {"tokyo", 139.7, 35.7},      {"osaka", 135.5, 34.7},
    {"australia", 151.2, -33.9}, {"sydney", 151.2, -33.9},
    {"zealand", 174.8, -41.3},   {"europe", 8.7, 50.1},
    {"asia", 139.7, 35.7},       {"oceania", 151.2, -33.9},
    {"america", -77.5, 39.0},
}};

/// Cloud providers' prefixes: us-east-1, eu-west-3, ap-northeast-2, sa-east-1 ...
const std::array<Place, 9> kPrefixes = {{
    {"us-", -95.0, 39.0},
    {"eu-", 8.7, 50.1},
    {"ap-", 120.0, 20.0},
    {"sa-", -46.6, -23.5},
    {"ca-", -73.6, 45.5},
    {"af-", 18.4, -33.9},
    {"me-", 55.3, 25.2},
    {"au-", 151.2, -33.9},
    {"na-", -95.0, 39.0},
}};

QPolygonF outline(std::initializer_list<std::pair<double, double>> points)
{
    QPolygonF p;
    for (const auto &[lon, lat] : points)
        p << QPointF(lon, lat);
    return p;
}

} // namespace

QPointF regionPlace(const QString &region, bool *known)
{
    const QString name = region.toLower();
    for (const Place &p : kPlaces)
        if (name.contains(QLatin1String(p.word))) {
            *known = true;
            return {p.lon, p.lat};
        }
    for (const Place &p : kPrefixes)
        if (name.startsWith(QLatin1String(p.word))) {
            *known = true;
            return {p.lon, p.lat};
        }
    *known = false;
    return {};
}

const std::vector<QPolygonF> &continentOutlines()
{
    static const std::vector<QPolygonF> shapes = {
        // North America
        outline({{-168, 65}, {-150, 71}, {-120, 70}, {-95, 72},  {-80, 67},  {-62, 58},  {-55, 50},
                 {-66, 44},  {-76, 37},  {-81, 31},  {-80, 25},  {-90, 29},  {-97, 26},  {-97, 20},
                 {-87, 21},  {-88, 15},  {-80, 8},   {-92, 15},  {-105, 20}, {-112, 29}, {-118, 34},
                 {-124, 41}, {-124, 48}, {-133, 56}, {-150, 60}, {-165, 60}}),
        // Greenland
        outline({{-50, 60}, {-40, 65}, {-22, 70}, {-20, 80}, {-60, 82}, {-70, 77}, {-55, 70}}),
        // South America
        outline({{-80, 8},
                 {-72, 12},
                 {-60, 10},
                 {-50, 0},
                 {-35, -6},
                 {-39, -15},
                 {-48, -26},
                 {-58, -35},
                 {-65, -42},
                 {-68, -52},
                 {-72, -50},
                 {-74, -40},
                 {-71, -30},
                 {-70, -18},
                 {-77, -12},
                 {-81, -5},
                 {-80, 2}}),
        // Europe
        outline({{-10, 36}, {-9, 43}, {-2, 44}, {-5, 48}, {2, 51},  {8, 54},  {10, 58},
                 {5, 62},   {15, 69}, {28, 71}, {40, 67}, {45, 60}, {40, 47}, {30, 45},
                 {28, 41},  {23, 37}, {15, 40}, {12, 44}, {8, 44},  {3, 42},  {-2, 37}}),
        // Great Britain
        outline({{-6, 50}, {1, 51}, {2, 53}, {-2, 57}, {-5, 58}, {-6, 55}, {-3, 54}, {-5, 52}}),
        // Africa
        outline({{-17, 21},
                 {-10, 30},
                 {-5, 36},
                 {10, 37},
                 {20, 32},
                 {32, 31},
                 {35, 28},
                 {43, 12},
                 {51, 11},
                 {40, -5},
                 {40, -15},
                 {35, -24},
                 {27, -34},
                 {18, -34},
                 {12, -18},
                 {13, -5},
                 {8, 4},
                 {-8, 5},
                 {-17, 14}}),
        // Asia
        outline({{28, 41},  {36, 36},  {35, 31},  {43, 13},  {52, 17},  {57, 25},  {67, 25},
                 {73, 18},  {77, 8},   {80, 15},  {87, 22},  {92, 22},  {98, 16},  {100, 5},
                 {104, 1},  {105, 10}, {109, 12}, {108, 21}, {117, 24}, {122, 30}, {121, 38},
                 {126, 40}, {129, 35}, {130, 42}, {141, 47}, {140, 53}, {160, 60}, {170, 65},
                 {180, 67}, {180, 72}, {140, 73}, {110, 77}, {80, 73},  {60, 69},  {45, 67},
                 {40, 67},  {45, 60},  {40, 47},  {30, 45}}),
        // Japan
        outline({{130, 31},
                 {136, 34},
                 {141, 36},
                 {142, 40},
                 {141, 45},
                 {140, 41},
                 {136, 37},
                 {132, 35}}),
        // Indonesia, roughly
        outline({{95, 5},
                 {105, -6},
                 {115, -8},
                 {125, -9},
                 {141, -9},
                 {140, -3},
                 {130, -1},
                 {118, 1},
                 {110, 2},
                 {100, 3}}),
        // Australia
        outline({{114, -22},
                 {122, -18},
                 {130, -12},
                 {137, -12},
                 {142, -11},
                 {146, -19},
                 {153, -26},
                 {151, -34},
                 {146, -39},
                 {138, -35},
                 {130, -32},
                 {115, -34}}),
        // New Zealand
        outline({{172, -34}, {178, -38}, {174, -42}, {168, -46}, {170, -43}}),
    };
    return shapes;
}

QColor regionColor(int index)
{
    static const std::array<QColor, 6> colors = {
        QColor(0x25, 0x63, 0xeb), QColor(0x16, 0xa3, 0x4a), QColor(0xf5, 0x9e, 0x0b),
        QColor(0x93, 0x33, 0xea), QColor(0x0e, 0xa5, 0xe9), QColor(0xdb, 0x27, 0x77)};
    return colors[static_cast<std::size_t>(index < 0 ? 0 : index) % colors.size()];
}

} // namespace scalelab
