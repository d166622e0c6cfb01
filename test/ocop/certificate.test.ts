import { describe, expect, it } from 'vitest';
import { ContextError } from '../../src/core/errors.js';
import { ocopCertificateStatus } from '../../src/ocop/index.js';
import { thrown } from '../core/helpers.js';

describe('ocopCertificateStatus: 36 months from the recognition decision', () => {
  it('an observed certificate issued 25/12/2024 prints 25/12/2027 as expiry', () => {
    const s = ocopCertificateStatus('2024-12-25', { asOf: '2027-07-01' });
    expect(s).toMatchObject({ expiresOn: '2027-12-25', validityMonths: 36, status: 'valid', daysLeft: 177, issuedUnder: '148-2023' });
    expect(s.reRating).toMatchObject({ opensOn: '2027-06-28', closesOn: '2027-08-27', status: 'open', transitionalLimit: null });
    expect(s.reRating!.provenance.instrument).toBe('26/2026/QĐ-TTg');
  });

  it('window edges: day 181 before expiry is not yet open, day 120 is the last, day 119 is closed', () => {
    expect(ocopCertificateStatus('2024-12-25', { asOf: '2027-06-27' }).reRating!.status).toBe('not-yet-open');
    expect(ocopCertificateStatus('2024-12-25', { asOf: '2027-08-27' }).reRating!.status).toBe('open');
    expect(ocopCertificateStatus('2024-12-25', { asOf: '2027-08-28' }).reRating!.status).toBe('closed');
  });

  it('the expiry day is valid, the next day expired; before the decision it is not yet issued', () => {
    expect(ocopCertificateStatus('2024-12-25', { asOf: '2027-12-25' })).toMatchObject({ status: 'valid', daysLeft: 0 });
    expect(ocopCertificateStatus('2024-12-25', { asOf: '2027-12-26' })).toMatchObject({ status: 'expired', daysLeft: -1 });
    expect(ocopCertificateStatus('2024-12-25', { asOf: '2024-12-24' }).status).toBe('not-yet-issued');
  });

  it('a 1048-era certificate keeps its term; no 26/2026 window when it expired before 22/05/2026', () => {
    const s = ocopCertificateStatus('2022-06-15', { asOf: '2024-01-01' });
    expect(s.issuedUnder).toBe('1048-2019');
    expect(s.expiresOn).toBe('2025-06-15');
    expect(s.reRating).toBeNull();
  });

  it('transition (Art. 12.3): the window closed before 22/05/2026 → valid at most 180 days after expiry while re-rated', () => {
    const s = ocopCertificateStatus('2023-08-10', { asOf: '2026-06-01' });
    expect(s.expiresOn).toBe('2026-08-10');
    expect(s.reRating).toMatchObject({ opensOn: '2026-02-11', closesOn: '2026-04-12', status: 'closed', transitionalLimit: '2027-02-06' });
    // a certificate whose window closes after 22/05/2026 gets no transitional extension
    expect(ocopCertificateStatus('2023-12-01', { asOf: '2026-06-01' }).reRating).toMatchObject({ opensOn: '2026-06-04', closesOn: '2026-08-03', status: 'not-yet-open', transitionalLimit: null });
  });

  it('month-end clamping: 29/02/2024 + 36 months = 28/02/2027', () => {
    expect(ocopCertificateStatus('2024-02-29', { asOf: '2024-03-01' }).expiresOn).toBe('2027-02-28');
  });

  it('invalid dates are named', () => {
    const error = thrown(() => ocopCertificateStatus('2024-13-01', { asOf: 'x' }));
    expect(error).toBeInstanceOf(ContextError);
    expect((error as ContextError).issues.map((i) => i.path[0])).toEqual(['recognisedOn', 'asOf']);
  });
});
