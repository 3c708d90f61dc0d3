/** The user-agent prefix of every request of ours (ARM and blob storage), so a service's logs tell our calls apart. */
export const USER_AGENT_PREFIX = 'mlops-actions';
