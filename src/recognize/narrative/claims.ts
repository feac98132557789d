/** The claim types live in the model (model/claims); recognition builds them. */
export * from '../../model/claims.js';
