#pragma once

#include <QLatin1String>

/// The QSettings keys of the window, all in one place so that a renamed key is renamed everywhere.
namespace dc::SettingsKeys {

inline constexpr QLatin1String geometry("MainWindow/geometry");
inline constexpr QLatin1String windowState("MainWindow/windowState");
inline constexpr QLatin1String currentPage("MainWindow/currentPage");
inline constexpr QLatin1String lastDatabase("Databases/last");
inline constexpr QLatin1String recentDatabases("Databases/recent");
/// The table header of the organization list: column widths, order, visibility and sort.
inline constexpr QLatin1String organizationsHeader("Organizations/headerState");
inline constexpr QLatin1String lastFolder("Files/lastFolder");
/// The user-interface language chosen in Preferences ("ro", "en", "sr"); empty or absent: the
/// system locale's language (Romanian when the system's is none of the three).
inline constexpr QLatin1String language("Interface/language");
/// Annual figures > Remind…: the From line of the reminders (the office's name and e-mail address).
inline constexpr QLatin1String reminderSenderName("Transparency/reminderSenderName");
inline constexpr QLatin1String reminderSenderAddress("Transparency/reminderSenderAddress");

/// How many databases File > Recent databases lists.
inline constexpr int maxRecentDatabases = 8;

} // namespace dc::SettingsKeys
