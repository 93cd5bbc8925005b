import { relativeTime } from './relative-time';

const now = new Date('2026-11-25T12:00:00Z');

describe('relativeTime', () => {
  it('says just now within a minute', () => {
    expect(relativeTime('2026-11-25T11:59:30Z', now)).toBe('just now');
  });

  it('counts whole minutes, hours and days back', () => {
    expect(relativeTime('2026-11-25T11:55:00Z', now)).toBe('5 minutes ago');
    expect(relativeTime('2026-11-25T09:10:00Z', now)).toBe('2 hours ago');
    expect(relativeTime('2026-11-24T10:00:00Z', now)).toBe('yesterday');
    expect(relativeTime('2026-11-10T12:00:00Z', now)).toBe('2 weeks ago');
  });
});
