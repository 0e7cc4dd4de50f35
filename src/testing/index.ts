/** onespan-auth-soap/testing: an embedded OAS Authentication simulator for tests and demos. */
export { startSimulator, type Simulator } from './simulator/start-simulator.js';
export type { PushNotification, SimulatedAuthenticator, SimulatedUser, SimulatorOptions, UserState } from './simulator/simulator-types.js';
