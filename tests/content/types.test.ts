/**
 * One declaration per shape: where a content type must stay written by hand (a step's options are
 * keyed by that step's own answers; a scenario's answers by step id), a type-level test pins it to
 * what its zod schema infers, so the two cannot drift. `tsc` checks these; vitest runs them too.
 */
import { describe, expectTypeOf, it } from 'vitest';
import type { z } from '../../machines/zod';
import type { StepId } from '../../machines';
import { scenarioSchema, type Scenario } from '../../content/schema/scenario';
import { stepSchema, type StepContent } from '../../content/schema/steps';

describe('hand-written content types match their schemas', () => {
  it('a step', () => {
    type Inferred = z.infer<ReturnType<typeof stepSchema>>;
    expectTypeOf<StepContent<StepId>['heading']>().toEqualTypeOf<Inferred['heading']>();
    expectTypeOf<StepContent<StepId>['why']>().toEqualTypeOf<Inferred['why']>();
    expectTypeOf<StepContent<StepId>['guidance']>().toEqualTypeOf<Inferred['guidance']>();
    expectTypeOf<NonNullable<StepContent<StepId>['hint']>>().toEqualTypeOf<NonNullable<Inferred['hint']>>();
    expectTypeOf<StepContent<StepId>['options'][keyof StepContent<StepId>['options']]>().toEqualTypeOf<Inferred['options'][string]>();
  });

  it('a scenario', () => {
    type Inferred = z.infer<typeof scenarioSchema>;
    expectTypeOf<Inferred>().toExtend<Scenario>();
    expectTypeOf<Scenario['expect']>().toEqualTypeOf<Inferred['expect']>();
    expectTypeOf<Scenario['interrupts']>().toEqualTypeOf<Inferred['interrupts']>();
  });
});
