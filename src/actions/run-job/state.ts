/** What the main step saves for the post step (core.saveState; the runner gives them back as STATE_<name>). */
export const STATE = {
  /** Set by the main step: the bundle's second run is the post step (actions/checkout's state-helper pattern). */
  isPost: 'isPost',
  /** The job the main step created and follows (wait: true only: a job left running on purpose is not cancelled). */
  jobName: 'job-name',
  /** 'true' once the main step saw the job end: the post step has nothing to do. */
  done: 'job-done',
} as const;
