import { describe, expect, it } from '@jest/globals';
import { pickDeployment, pickMirror } from '../../src/emulator/traffic-routing.js';

describe('pickDeployment', () => {
  const deployments = ['blue', 'green'];

  it('splits the unit interval by the weights, in map order', () => {
    const traffic = { blue: 70, green: 30 };
    expect(pickDeployment(traffic, deployments, undefined, 0)).toEqual({ deployment: 'blue' });
    expect(pickDeployment(traffic, deployments, undefined, 0.6999)).toEqual({ deployment: 'blue' });
    expect(pickDeployment(traffic, deployments, undefined, 0.7)).toEqual({ deployment: 'green' });
    expect(pickDeployment(traffic, deployments, undefined, 0.9999)).toEqual({ deployment: 'green' });
  });

  it('never routes to a deployment at 0% without the header', () => {
    for (let i = 0; i < 100; i++) {
      expect(pickDeployment({ blue: 100, green: 0 }, deployments, undefined, i / 100)).toEqual({
        deployment: 'blue',
      });
    }
  });

  it('follows the header, even to a deployment at 0%', () => {
    expect(pickDeployment({ blue: 100, green: 0 }, deployments, 'green', 0.1)).toEqual({
      deployment: 'green',
    });
  });

  it('names an unknown deployment and an endpoint without traffic', () => {
    expect(pickDeployment({ blue: 100 }, deployments, 'red', 0)).toEqual(
      expect.objectContaining({ error: 'unknown-deployment' }),
    );
    expect(pickDeployment({}, deployments, undefined, 0)).toEqual(
      expect.objectContaining({ error: 'no-traffic' }),
    );
  });
});

describe('pickMirror', () => {
  it('mirrors the given share of requests to the mirror deployment', () => {
    expect(pickMirror({ green: 20 }, 'blue', 0.19)).toBe('green');
    expect(pickMirror({ green: 20 }, 'blue', 0.2)).toBeUndefined();
  });
  it('does not mirror a request back to the deployment that served it, nor without a mirror', () => {
    expect(pickMirror({ green: 50 }, 'green', 0)).toBeUndefined();
    expect(pickMirror({}, 'blue', 0)).toBeUndefined();
  });
});
