import { siMedium } from 'simple-icons';

export default siMedium.path;
