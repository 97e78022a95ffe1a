/**
 * English words that none of ru, es, de writes (German "Plan", "Feedback" and "Coach" are German too): a text
 * meant for those runners that matches this still speaks English somewhere.
 */
export const ENGLISH =
  /\b(the|is|of|on|to|there|workout|already|still|ahead|nothing|must|than|zero|check|arguments|invalid|input|expected|received|runner|missing|race|whole|least|most|once|done|rest|day|skip|move|started|send|number|string|text|date|time|too|small|big|not|found|request|requests|body|wait|open|malformed|old|busy|try)\b/i;
