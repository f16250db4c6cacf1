import { describe, expect, it } from 'vitest';
import { parseRoute, routeHash } from '../../src/route';

describe('addresses name a view or a step, never an answer', () => {
  it.each([
    ['', { view: 'start' }],
    ['#/', { view: 'start' }],
    ['#/about', { view: 'about' }],
    ['#/settings', { view: 'settings' }],
    ['#/check', { view: 'check' }],
    ['#/case', { view: 'case' }],
    ['#/case/riskIndicators', { view: 'case', page: 'riskIndicators' }],
    ['#/case/protectiveAction', { view: 'case', page: 'protectiveAction' }],
    ['#/change/barrier', { view: 'change', step: 'barrier' }],
    ['#/case-overview', { view: 'case-overview' }],
    ['#/contacts', { view: 'contacts' }],
    ['#/contact', { view: 'contact' }],
    ['#/contact/fx17', { view: 'contact', corrects: 'fx17' }],
    ['#/contact/Mrs%20Smith', { view: 'contact' }],
    ['#/review-date', { view: 'review-date' }],
    // Unknown ids are dropped, so nothing typed into the address is carried along.
    ['#/case/Mrs%20Smith', { view: 'case' }],
    ['#/change/family-member', { view: 'check' }],
    ['#/elsewhere', { view: 'start' }],
  ])('%s', (hash, route) => {
    expect(parseRoute(hash)).toEqual(route);
  });

  it('writes back what it reads', () => {
    for (const hash of ['#/', '#/about', '#/case/barrier', '#/change/thirdParty', '#/check', '#/case-overview', '#/contacts', '#/contact', '#/contact/e12', '#/review-date']) {
      expect(routeHash(parseRoute(hash))).toBe(hash);
    }
  });
});
