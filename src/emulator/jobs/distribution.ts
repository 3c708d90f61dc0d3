// The processes of a command job and their variables, as Azure ML starts them (how-to-train-distributed-gpu):
// - PyTorch: instance_count x process_count_per_instance processes with MASTER_ADDR, MASTER_PORT, WORLD_SIZE, RANK,
//   LOCAL_RANK, NODE_RANK (and LOCAL_WORLD_SIZE);
// - MPI: the same count with OMPI_COMM_WORLD_RANK, _SIZE, _LOCAL_RANK, _LOCAL_SIZE (Open MPI's own);
// - TensorFlow: worker_count workers and parameter_server_count parameter servers with TF_CONFIG;
// - none: one process per instance.
// Each process writes its own log (user_logs/std_log_process_<rank>.txt) when there is more than one.
import { processStdLog, STD_LOG } from '../../contract/jobs.js';

export interface Distribution {
  distributionType?: string;
  processCountPerInstance?: number;
  workerCount?: number;
  parameterServerCount?: number;
}

export interface ProcessPlan {
  rank: number;
  /** The log file name in run history. */
  log: string;
  env: Record<string, string>;
}

const positive = (value: unknown, fallback: number): number =>
  typeof value === 'number' && Number.isInteger(value) && value > 0 ? value : fallback;

/** How many processes the job starts (and so how many ports `planProcesses` needs for TensorFlow). */
export function processCount(distribution: Distribution | undefined, instanceCount: number): number {
  const type = distribution?.distributionType?.toLowerCase();
  if (type === 'tensorflow') {
    const ps = typeof distribution?.parameterServerCount === 'number' ? distribution.parameterServerCount : 0;
    return positive(distribution?.workerCount, instanceCount) + Math.max(0, ps);
  }
  if (type === 'pytorch' || type === 'mpi')
    return instanceCount * positive(distribution?.processCountPerInstance, 1);
  return instanceCount;
}

/** The processes to start; `ports` has processCount() free ports (PyTorch uses the first as MASTER_PORT). */
export function planProcesses(
  distribution: Distribution | undefined,
  instanceCount: number,
  ports: number[],
): ProcessPlan[] {
  const type = distribution?.distributionType?.toLowerCase();
  const count = processCount(distribution, instanceCount);
  const log = (rank: number): string => (count === 1 ? STD_LOG : processStdLog(rank));
  const plans: ProcessPlan[] = [];
  if (type === 'tensorflow') {
    const workers = positive(distribution?.workerCount, instanceCount);
    const address = (i: number): string => `127.0.0.1:${ports[i]}`;
    const cluster = {
      worker: Array.from({ length: workers }, (_, i) => address(i)),
      ...(count > workers
        ? { ps: Array.from({ length: count - workers }, (_, i) => address(workers + i)) }
        : {}),
    };
    for (let rank = 0; rank < count; rank++) {
      const task = rank < workers ? { type: 'worker', index: rank } : { type: 'ps', index: rank - workers };
      plans.push({
        rank,
        log: log(rank),
        env: { TF_CONFIG: JSON.stringify({ cluster, task, environment: 'cloud' }) },
      });
    }
    return plans;
  }
  const perNode = count / instanceCount;
  for (let rank = 0; rank < count; rank++) {
    const node = Math.floor(rank / perNode);
    const local = rank % perNode;
    let env: Record<string, string> = {};
    if (type === 'pytorch') {
      env = {
        MASTER_ADDR: '127.0.0.1',
        MASTER_PORT: String(ports[0]),
        WORLD_SIZE: String(count),
        RANK: String(rank),
        LOCAL_RANK: String(local),
        NODE_RANK: String(node),
        LOCAL_WORLD_SIZE: String(perNode),
      };
    } else if (type === 'mpi') {
      env = {
        OMPI_COMM_WORLD_RANK: String(rank),
        OMPI_COMM_WORLD_SIZE: String(count),
        OMPI_COMM_WORLD_LOCAL_RANK: String(local),
        OMPI_COMM_WORLD_LOCAL_SIZE: String(perNode),
        OMPI_COMM_WORLD_NODE_RANK: String(node),
      };
    }
    plans.push({ rank, log: log(rank), env });
  }
  return plans;
}
