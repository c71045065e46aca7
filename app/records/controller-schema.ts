// Who the merchant is: the business that is the data controller, its contacts and its authority.
import { z } from 'zod';
import { country, email, localizedText, text, webAddress } from './fields.ts';
import { CODE_MAX_LENGTH, DESCRIPTION_MAX_LENGTH } from './limits.ts';

const addressSchema = z.object(
  {
    line1: text('Enter the street and house number'),
    line2: text('Leave the second address line out or fill it in').optional(),
    city: text('Enter the city'),
    postalCode: text('Enter the postal code', CODE_MAX_LENGTH),
    country: country('Choose the country of your business address'),
  },
  { error: 'Enter your business address' },
);

export const controllerSchema = z.object(
  {
    legalName: text('Enter the legal name of your business, as registered'),
    // A sole trader or a small business below the VAT threshold may have neither.
    registryNumber: text('Enter your company registration number, or leave it out', CODE_MAX_LENGTH).optional(),
    vatNumber: text('Enter your VAT number, or leave it out', CODE_MAX_LENGTH).optional(),
    address: addressSchema,
    contactEmail: email('privacy questions'),
    dpo: z
      .object(
        {
          name: text('Enter the name of your data protection officer'),
          email: email('your data protection officer'),
        },
        { error: 'Enter the name and email of your data protection officer, or leave this out' },
      )
      .optional(),
    euRepresentative: z
      .object(
        {
          name: text('Enter the name of your representative in the EU'),
          address: text('Enter the address of your representative in the EU', DESCRIPTION_MAX_LENGTH),
          email: email('your representative in the EU'),
        },
        { error: 'Enter the name, address and email of your representative in the EU, or leave this out' },
      )
      .optional(),
    supervisoryAuthority: z.object(
      {
        name: localizedText('Enter the name of the data protection authority responsible for you'),
        website: webAddress('the website of the data protection authority').optional(),
        country: country('Choose the country of your data protection authority'),
      },
      { error: 'Name the data protection authority responsible for you' },
    ),
  },
  { error: 'Fill in who you are: your business is the data controller' },
);
