// The address of a new venue, inside the event form. Read only when "A new venue" is chosen.
import { fieldError, typedOr, type ActionState } from "@/lib/actions/state";
import { SUPPORTED_TIME_ZONES, zoneLabel } from "@/lib/time/zones";
import { SelectField } from "@/components/forms/field";
import { VenueFields } from "./venue-fields";

const ZONES = SUPPORTED_TIME_ZONES.map((zone) => ({
  value: zone,
  label: zoneLabel(zone, new Date()).replace(/ \(.*\)$/, "") + ` — ${zone}`,
}));

export function NewVenueFields({ state, defaultTimeZone }: { state: ActionState; defaultTimeZone: string }) {
  const error = (name: string) => fieldError(state, name);
  return (
    <fieldset className="space-y-4 rounded-lg border-2 border-slate-300 p-4">
      <legend className="px-1 font-semibold">New venue (only if you chose “A new venue”)</legend>
      <VenueFields
        inline
        text={(name) => typedOr(state, name, "")}
        error={error}
        timeZone={
          <SelectField
            name="timeZone"
            label="Time zone"
            defaultValue={typedOr(state, "timeZone", defaultTimeZone)}
            error={error("timeZone")}
            options={ZONES}
          />
        }
      />
    </fieldset>
  );
}
