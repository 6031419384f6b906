// The collective dispute (集体争议): ten or more workers with a common claim get priority acceptance and hearing
// and may elect representatives. The number is statutory — a bureau may neither lower nor raise it.

/** 调解仲裁法 Art. 7; 办案规则 Arts. 5, 62. */
export const COLLECTIVE_MIN_WORKERS = 10;

export const COLLECTIVE_CITATION = '《劳动争议调解仲裁法》第七条；《劳动人事争议仲裁办案规则》第五条、第六十二条';

/** Whether a matter concerning this many workers is registered as collective. */
export function isCollectiveDispute(workersCount: number): boolean {
  return workersCount >= COLLECTIVE_MIN_WORKERS;
}
