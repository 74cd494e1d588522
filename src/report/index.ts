// The organisation's view: development conversations, POPs and budgets over all employees, in one
// pass, per team, department or cost centre, with Vega-Lite charts.
export type {
  AgreementQuality,
  BudgetUse,
  CombineReportsOptions,
  DevelopmentReport,
  DevelopmentReportOptions,
  Drift,
  EmployeeRecord,
  FollowThrough,
  InputShare,
  ReportCharts,
  ReportFigures,
  ReportGroup,
  SideTotals,
  StoredAgreementCheck,
  Timeliness,
  VegaLiteSpec,
} from './types.js';
export { combineReports, developmentReport } from './report.js';
