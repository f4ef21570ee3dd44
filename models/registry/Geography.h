#pragma once

#include <QHash>
#include <QList>
#include <QSqlDatabase>
#include <QString>

#include <optional>

namespace dc {

struct Region
{
    int id = 0;
    QString code;
    QString name;
};

struct County
{
    int id = 0;
    QString code; ///< the two-letter code of car plates, "B" for București
    QString name;
    int regionId = 0;
};

/// The development regions and counties (reference data, read once from the database), and the
/// lookup of a county as people write it.
class Geography final
{
public:
    static Geography load(const QSqlDatabase &db);

    const QList<Region> &regions() const { return m_regions; }
    /// In Romanian alphabetical order.
    const QList<County> &counties() const { return m_counties; }
    const County *county(int id) const;
    const Region *region(int id) const;

    /// "Cluj", "cluj", "Județul Cluj", "JUDETUL CLUJ", "CJ", "Municipiul București", "Bucuresti",
    /// "Sector 3" -> the county's id.
    std::optional<int> findCounty(const QString &text) const;
    /// "Nord-Est", "N-E", "NE", "S-V Oltenia", "București - Ilfov" -> the region's id.
    std::optional<int> findRegion(const QString &text) const;

private:
    QList<Region> m_regions;
    QList<County> m_counties;
    QHash<QString, int> m_countyKeys; // compact name or lower-case code -> id
};

/// findCounty() with the answers kept: an import's files repeat a few dozen spellings a million
/// times, and findCounty runs regular expressions. One a thread (it is not shared).
class CountyFinder final
{
public:
    explicit CountyFinder(const Geography &geography) : m_geography(geography) {}

    std::optional<int> find(const QString &text)
    {
        const auto it = m_found.constFind(text);
        if (it != m_found.cend())
            return *it;
        const std::optional<int> id = m_geography.findCounty(text);
        m_found.insert(text, id);
        return id;
    }

private:
    const Geography &m_geography;
    QHash<QString, std::optional<int>> m_found;
};

} // namespace dc
