package org.harmledger.extract;

import java.util.List;
import java.util.Map;

/**
 * DateRules are the words dates are written with: month and weekday names (capitalised, as news
 * prints them), the relative expressions news uses ("yesterday", "earlier this week"), the verbs
 * whose date is the telling's and not the event's ("said on Friday"), the words that introduce a
 * publication line ("Published"), and how many leading characters may hold a
 * dateline.
 */
public record DateRules(
    Map<String, Integer> months,
    Map<String, Integer> weekdays,
    List<String> yesterday,
    List<String> today,
    List<String> earlierThisWeek,
    List<String> lastWeek,
    List<String> lastMonth,
    List<String> thisMonth,
    List<String> lastYear,
    List<String> daysAgo,
    List<String> tellingVerbs,
    List<String> datelinePrefixes,
    int datelineWindow) {

  public DateRules {
    months = Map.copyOf(months);
    weekdays = Map.copyOf(weekdays);
    yesterday = List.copyOf(yesterday);
    today = List.copyOf(today);
    earlierThisWeek = List.copyOf(earlierThisWeek);
    lastWeek = List.copyOf(lastWeek);
    lastMonth = List.copyOf(lastMonth);
    thisMonth = List.copyOf(thisMonth);
    lastYear = List.copyOf(lastYear);
    daysAgo = List.copyOf(daysAgo);
    tellingVerbs = List.copyOf(tellingVerbs);
    datelinePrefixes = List.copyOf(datelinePrefixes);
  }
}
