/** A problem in a long JSON file names its line (lines counted by hand below). */
import { describe, expect, it } from 'vitest';
import { lineOfPath, pathSegments } from '../../src/lib/data/json-lines.ts';

const text = `{
  "projects": [
    { "id": "a", "statusHistory": [] },
    {
      "id": "b",
      "statusHistory": [
        { "status": "completed", "date": "2030-01-01" }
      ]
    }
  ]
}
`;

describe('the line of a JSON path', () => {
  it('splits a path into keys and indexes', () => {
    expect(pathSegments('projects[1].statusHistory[0].date')).toEqual(['projects', 1, 'statusHistory', 0, 'date']);
  });
  it('finds a value, an array item and, for a missing field, its parent', () => {
    expect(lineOfPath(text, 'projects[1].statusHistory[0].date')).toBe(7);
    expect(lineOfPath(text, 'projects[1].id')).toBe(5);
    expect(lineOfPath(text, 'projects[0]')).toBe(3);
    expect(lineOfPath(text, 'projects[1].statusHistory[0].source')).toBe(7);
    expect(lineOfPath(`\uFEFF${text}`, 'projects[1].id')).toBe(5);
  });
});
