import { describe, expect, it } from 'vitest';
import { dispatchOrder } from './dispatch.js';

describe('dispatchOrder', () => {
  it('keeps the input order for one lane', () => {
    expect(dispatchOrder([10, 300, 20], 1)).toEqual([0, 1, 2]);
  });

  it('hands the largest documents out first when there are several lanes', () => {
    expect(dispatchOrder([10, 300, 20, 5000], 2)).toEqual([3, 1, 2, 0]);
  });

  it('keeps input order among equal sizes and puts unknown sizes last', () => {
    expect(dispatchOrder([undefined, 7, 7, undefined, 9], 2)).toEqual([4, 1, 2, 0, 3]);
  });
});
