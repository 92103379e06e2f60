namespace CxReviewBot.Features.Catalog.Import;

/// <summary>One valid observation row; a touchpoint id of 0 is the business as a whole.</summary>
internal readonly record struct ObservationRow(long TouchpointId, long MetricId, DateOnly PeriodEnd, double Value);
