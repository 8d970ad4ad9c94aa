/**
 * openSqlite (server/database/open-sqlite.ts) keeps one statement per SQL text, so that no statement
 * is left to the garbage collector (better-sqlite3 12 on Node 24 aborts when one is finalized as the
 * process ends). A reused statement must behave as a new one would.
 */
import { describe, expect, it } from 'vitest';
import { openSqlite } from '../../server/database/open-sqlite.js';

describe('openSqlite', () => {
  it('reuses one statement per SQL text', () => {
    const db = openSqlite(':memory:');
    db.exec('CREATE TABLE t (a INTEGER, b TEXT); INSERT INTO t VALUES (1, \'x\'), (2, \'y\')');
    const first = db.prepare('SELECT a, b FROM t ORDER BY a');
    expect(db.prepare('SELECT a, b FROM t ORDER BY a')).toBe(first);
    expect(db.prepare('SELECT a FROM t')).not.toBe(first);
    db.close();
  });

  it('gives a reused statement back as a new one: rows as objects, not raw, plucked or expanded', () => {
    const db = openSqlite(':memory:');
    db.exec('CREATE TABLE t (a INTEGER, b TEXT); INSERT INTO t VALUES (1, \'x\')');
    const sql = 'SELECT a, b FROM t';
    expect(db.prepare(sql).raw().all()).toEqual([[1, 'x']]);
    expect(db.prepare(sql).all()).toEqual([{ a: 1, b: 'x' }]);
    expect(db.prepare(sql).pluck().get()).toBe(1);
    expect(db.prepare(sql).get()).toEqual({ a: 1, b: 'x' });
    expect(db.prepare(sql).expand().get()).toEqual({ t: { a: 1, b: 'x' } });
    expect(db.prepare(sql).get()).toEqual({ a: 1, b: 'x' });
    const insert = db.prepare('INSERT INTO t VALUES (?, ?)');
    insert.run(2, 'y');
    expect(db.prepare('INSERT INTO t VALUES (?, ?)')).toBe(insert);
    db.prepare('INSERT INTO t VALUES (?, ?)').run(3, 'z');
    expect(db.prepare('SELECT count(*) AS n FROM t').get()).toEqual({ n: 3 });
    db.close();
  });

  it('passes options through: a read-only connection cannot write', () => {
    expect(() => openSqlite(':memory:', { readonly: true })).toThrow(/readonly/);
  });
});
