/**
 * Every scenario file of this folder, for the trainer's case studies (issue 14): one import each, so
 * Node and the browser read them alike. tests/trainer checks that every .json file here is listed.
 * The words (title, facts, narration) also reach the page through i18next, as the `scenarios`
 * namespace, so the pseudo-locale transforms them like every other word.
 */
import type { Scenario } from '../schema/scenario';
import ableToProtectHimself from './able-to-protect-himself.json';
import adultBPattern from './adult-b-pattern.json';
import capacitousFatherAggressiveSon from './capacitous-father-aggressive-son.json';
import disagreementToTheBoard from './disagreement-to-the-board.json';
import doorstepOnlyContact from './doorstep-only-contact.json';
import emergencyDuringEscalation from './emergency-during-escalation.json';
import forcedMarriageAbroad from './forced-marriage-abroad.json';
import friendLivesElsewhere from './friend-lives-elsewhere.json';
import highRiskNoConcerns from './high-risk-no-concerns.json';
import highRiskRefusalNotUnreasonable from './high-risk-refusal-not-unreasonable.json';
import householdMemberCoercion from './household-member-coercion.json';
import keepTryingAtHighRisk from './keep-trying-at-high-risk.json';
import keepTryingThreeTimes from './keep-trying-three-times.json';
import liveInPaidCarer from './live-in-paid-carer.json';
import missingAdultMeetingIntervenes from './missing-adult-meeting-intervenes.json';
import neverSeenAloneNoRoute from './never-seen-alone-no-route.json';
import noThirdPartyWhenOneRefuses from './no-third-party-when-one-refuses.json';
import noneBesideIndicators from './none-beside-indicators.json';
import obstructiveSonEmergency from './obstructive-son-emergency.json';
import ownChoiceRespected from './own-choice-respected.json';
import paidCarerControlsMoney from './paid-carer-controls-money.json';
import partnerAgencyDistrictNurse from './partner-agency-district-nurse.json';
import sarCriteriaMet from './sar-criteria-met.json';
import seenAloneAfterTwoTries from './seen-alone-after-two-tries.json';
import seenAloneNotFreeToSpeak from './seen-alone-not-free-to-speak.json';
import walesPlacement from './wales-placement.json';
import wantsHelpFromPartner from './wants-help-from-partner.json';

/** The scenario files, by file name; checked by their schema in the tests, not at start-up. */
export const SCENARIO_FILES: Readonly<Record<string, Scenario>> = {
  'able-to-protect-himself.json': ableToProtectHimself as Scenario,
  'adult-b-pattern.json': adultBPattern as Scenario,
  'capacitous-father-aggressive-son.json': capacitousFatherAggressiveSon as Scenario,
  'disagreement-to-the-board.json': disagreementToTheBoard as Scenario,
  'doorstep-only-contact.json': doorstepOnlyContact as Scenario,
  'emergency-during-escalation.json': emergencyDuringEscalation as Scenario,
  'forced-marriage-abroad.json': forcedMarriageAbroad as Scenario,
  'friend-lives-elsewhere.json': friendLivesElsewhere as Scenario,
  'high-risk-no-concerns.json': highRiskNoConcerns as Scenario,
  'high-risk-refusal-not-unreasonable.json': highRiskRefusalNotUnreasonable as Scenario,
  'household-member-coercion.json': householdMemberCoercion as Scenario,
  'keep-trying-at-high-risk.json': keepTryingAtHighRisk as Scenario,
  'keep-trying-three-times.json': keepTryingThreeTimes as Scenario,
  'live-in-paid-carer.json': liveInPaidCarer as Scenario,
  'missing-adult-meeting-intervenes.json': missingAdultMeetingIntervenes as Scenario,
  'never-seen-alone-no-route.json': neverSeenAloneNoRoute as Scenario,
  'no-third-party-when-one-refuses.json': noThirdPartyWhenOneRefuses as Scenario,
  'none-beside-indicators.json': noneBesideIndicators as Scenario,
  'obstructive-son-emergency.json': obstructiveSonEmergency as Scenario,
  'own-choice-respected.json': ownChoiceRespected as Scenario,
  'paid-carer-controls-money.json': paidCarerControlsMoney as Scenario,
  'partner-agency-district-nurse.json': partnerAgencyDistrictNurse as Scenario,
  'sar-criteria-met.json': sarCriteriaMet as Scenario,
  'seen-alone-after-two-tries.json': seenAloneAfterTwoTries as Scenario,
  'seen-alone-not-free-to-speak.json': seenAloneNotFreeToSpeak as Scenario,
  'wales-placement.json': walesPlacement as Scenario,
  'wants-help-from-partner.json': wantsHelpFromPartner as Scenario,
};

export interface ScenarioWords {
  readonly title: string;
  readonly facts: string;
  readonly notes: Readonly<Partial<Record<string, string>>>;
}

/**
 * The words of every scenario, by its id: the `scenarios` namespace. The narration of the shipped
 * scenarios is a locale's own file (content/en-GB/narration.json), since the scenario files are kept
 * byte for byte as the contract gives them; a trainer's own file may carry `notes` itself.
 */
export const scenarioWords = (
  files: Readonly<Record<string, Scenario>>,
  narration: Readonly<Record<string, Readonly<Record<string, string>>>> = {},
): Record<string, ScenarioWords> =>
  Object.fromEntries(
    Object.values(files).map((scenario) => [scenario.id, { title: scenario.title, facts: scenario.facts, notes: { ...scenario.notes, ...narration[scenario.id] } }]),
  );
