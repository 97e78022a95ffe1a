/** Phrasings the bot can show when the offline coach does not understand a message. */
export const examples: readonly string[] = [
  'half marathon on March 14, I run 4 days a week, about 30 km',
  'ran 10k in 52:30, felt great',
  'legs heavy, 8/10',
  'move tomorrow’s run to Friday',
  'skip today',
  'I’m sick',
  'travelling next week, only 2 days',
  'wake me at 6:30',
  'I’m in Berlin',
  'what’s today?',
  'how was my week?',
];
